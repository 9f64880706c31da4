package io.ikarus.connects.hubspot;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.Query;
import io.ikarus.connects.Query.Op;
import io.ikarus.connects.error.MalformedResponseException;
import io.ikarus.connects.testkit.FakeHubSpot;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Broken and hostile answers to HubSpot reads are typed errors, never empty pages or raw NPEs. */
class HubSpotMalformedResponseTest {

  private final FakeHubSpot fake = FakeHubSpot.builder().instantSearch().start();
  private final HubSpotConnector hubspot = FakeSetup.connector(fake).build();

  @AfterEach
  void close() {
    hubspot.close();
    fake.close();
  }

  @Test
  void anEmptyObjectAnsweringAListReadIsMalformedNotAnEmptyLastPage() {
    fake.insert("contacts", Map.of("firstname", "kept"));
    fake.faults().respondNext(1, c -> c.method().equals("GET"), 200, "{}", Map.of());

    assertThatThrownBy(() -> hubspot.query(Query.of("contacts").fields("firstname")).join())
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("'results'");
  }

  @Test
  void anEmptyObjectAnsweringASearchIsMalformedNotAnEmptyLastPage() {
    fake.faults().respondNext(1, c -> c.path().endsWith("/search"), 200, "{}", Map.of());
    Query search = Query.of("contacts").where("firstname", Op.EQ, "kept");

    assertThatThrownBy(() -> hubspot.query(search).join())
        .cause()
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("'results'");
  }

  @Test
  void resultsWithoutIdsAreMalformedNotANullPointer() {
    fake.faults()
        .respondNext(1, c -> c.method().equals("GET"), 200, "{\"results\":[{},{}]}", Map.of());

    assertThatThrownBy(() -> hubspot.query(Query.of("contacts").fields("firstname")).join())
        .cause()
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("'id'");
  }

  @Test
  void sixteenMegabytesOfEmptyObjectsAreATypedErrorNotAHeapExhaustion() {
    String body = "[" + "{},".repeat((16 << 20) / 3) + "{}]";
    fake.faults().respondNext(1, c -> c.method().equals("GET"), 200, body, Map.of());

    assertThatThrownBy(() -> hubspot.query(Query.of("contacts").fields("firstname")).join())
        .cause()
        .isInstanceOf(MalformedResponseException.class);
  }

  @Test
  void sixteenMegabytesOfEmptyResultsAreATypedErrorNotAHeapExhaustion() {
    String body = "{\"results\":[" + "{},".repeat((16 << 20) / 3) + "{}]}";
    fake.faults().respondNext(1, c -> c.path().endsWith("/search"), 200, body, Map.of());
    Query search = Query.of("contacts").where("firstname", Op.EQ, "kept");

    assertThatThrownBy(() -> hubspot.query(search).join())
        .cause()
        .isInstanceOf(MalformedResponseException.class);
  }
}
