package io.ikarus.connects.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.ikarus.connects.BatchResult;
import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Query;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.NotFoundException;
import io.ikarus.connects.error.ValidationException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * "Same mistake, same exception": the caller errors every connector must report alike, so that code
 * written against one vendor handles another. Subclass ConnectorContractTest.
 */
public abstract class MistakeContract extends ContractSupport {

  /**
   * A null element in any batch fails alone, as a ValidationException naming its index; the batch
   * itself completes.
   */
  @Test
  public void aNullRecordInABatchIsAValidationErrorNamingItsIndex() {
    String object = objectName();
    List<Map<String, Object>> records = Arrays.asList(sampleRecord(1), null);
    List<Function<CrmConnector, CompletableFuture<BatchResult>>> calls =
        List.of(
            c -> c.createAll(object, records),
            c -> c.upsertAll(object, keyField(), Arrays.asList(sampleRecord(2), null)),
            c -> c.updateAll(object, Arrays.asList(CrmRecord.of(object, "1", Map.of()), null)),
            c -> c.deleteAll(object, Arrays.asList("1", null)));
    for (Function<CrmConnector, CompletableFuture<BatchResult>> call : calls) {
      BatchResult result = await(call.apply(connector));

      assertThat(result.size()).isEqualTo(2);
      assertThat(result.results().get(1).error())
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("[1]");
    }
  }

  /**
   * A call on an object the CRM does not have fails, whatever the operation, with a
   * NotFoundException whose message names the object.
   */
  @Test
  public void anUnknownObjectIsANotFoundErrorNamingTheObject() {
    String unknown = unknownObjectName();
    Map<String, CompletableFuture<?>> calls = new LinkedHashMap<>();
    calls.put("get", connector.get(unknown, "1"));
    calls.put("create", connector.create(unknown, sampleRecord(5)));
    calls.put("query", connector.query(Query.of(unknown)));
    calls.put("delete", connector.delete(unknown, "1"));
    calls.forEach(
        (operation, call) ->
            assertThat(failure(call))
                .as(operation)
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining(unknown));
  }

  /**
   * A record the CRM refuses is a ValidationException that names the field at fault, in its field
   * errors and in its message; alone and inside a batch.
   */
  @Test
  public void aRefusedRecordIsAValidationErrorNamingTheField() {
    String field = invalidRecordField();

    Throwable alone = failure(connector.create(objectName(), invalidRecord()));
    BatchResult batch = await(connector.createAll(objectName(), List.of(invalidRecord())));

    for (Throwable error : List.of(alone, batch.results().get(0).error())) {
      assertThat(error).isInstanceOf(ValidationException.class);
      if (field != null) {
        assertThat(error).hasMessageContaining(field);
        assertThat(((ValidationException) error).fields()).as(error.getMessage()).contains(field);
      }
    }
  }

  /** After close() every call fails with an error a generic retry loop does not retry. */
  @Test
  public void aCallAfterCloseIsNotRetryable() {
    connector.close();

    List<CompletableFuture<?>> calls =
        List.of(
            connector.get(objectName(), "1"),
            connector.create(objectName(), sampleRecord(3)),
            connector.createAll(objectName(), List.of(sampleRecord(4))),
            connector.query(Query.of(objectName())));
    for (CompletableFuture<?> call : calls) {
      Throwable error = failure(call);

      assertThat(error).isInstanceOf(CrmException.class);
      assertThat(((CrmException) error).isRetryable()).as(error.toString()).isFalse();
    }
  }

  private static Throwable failure(CompletableFuture<?> future) {
    Throwable thrown = catchThrowable(() -> await(future));
    assertThat(thrown).as("the call should fail").isNotNull();
    return thrown;
  }
}
