package io.ikarus.connects.salesforce.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.error.MalformedResponseException;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** How an upsert by external id learns the id of a record it updated. */
class SObjectRowsTest {

  private static final Map<String, Object> FIELDS = Map.of("Ext__c", "E-1", "LastName", "Ada");

  @Test
  void anUpdatedRecordsIdIsReadBack() {
    SObjectRows rows = rows("{\"attributes\":{\"type\":\"Contact\"},\"Id\":\"003A\"}");

    assertThat(rows.upsert("Contact", "Ext__c", FIELDS).join().id()).isEqualTo("003A");
  }

  @Test
  void aReadBackWithoutIdIsATypedErrorNotTheIdNull() {
    SObjectRows rows = rows("{\"attributes\":{\"type\":\"Contact\"}}");

    CompletableFuture<?> upserted = rows.upsert("Contact", "Ext__c", FIELDS);

    assertThatThrownBy(upserted::get)
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("Id");
  }

  /** Rows whose PATCH updates (204, no body) and whose read-back answers {@code lookup}. */
  private static SObjectRows rows(String lookup) {
    List<String> bodies = new ArrayList<>(List.of("", lookup));
    ApiCalls calls =
        request ->
            CompletableFuture.completedFuture(
                ApiResponse.of(
                    request,
                    "salesforce",
                    bodies.size() == 2 ? 204 : 200,
                    Map.of(),
                    bodies.remove(0).getBytes(StandardCharsets.UTF_8),
                    Instant.now()));
    return new SObjectRows(calls, new SObjectCollections(calls));
  }
}
