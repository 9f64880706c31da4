package io.ikarus.connects.dynamics.internal;

import io.ikarus.connects.RecordResult;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.ServerException;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.ApiResponse;
import io.ikarus.connects.spi.ErrorMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Writes one chunk of records as {@code $batch} calls and reports one result per record.
 *
 * <p>The chunk goes out as one batch of atomic change sets with {@code odata.continue-on-error}, so
 * a failed change set does not stop the others. The records of a failed change set were rolled
 * back; the one the service blamed (by Content-ID) is reported with its error, and the others are
 * sent once more in a second batch, each in a change set of its own, so that every innocent record
 * is written and every guilty one is reported with its own error. That costs one extra call per
 * chunk that had a failure.
 */
public final class BatchWriter {

  private final String connector;
  private final ApiCalls execute;
  private final ErrorMapper errors;
  private final int changeSetSize;
  private final Clock clock;

  /**
   * Creates a writer.
   *
   * @param execute runs a request through the connector's engine
   * @param changeSetSize the most records per atomic change set
   */
  public BatchWriter(
      String connector, ApiCalls execute, ErrorMapper errors, int changeSetSize, Clock clock) {
    this.connector = connector;
    this.execute = execute;
    this.errors = errors;
    this.changeSetSize = changeSetSize;
    this.clock = clock;
  }

  /**
   * Writes {@code ops} (whose indexes are their positions in the chunk) and maps each successful
   * outcome with {@code success}.
   */
  public CompletableFuture<List<RecordResult>> write(
      String operation, List<BatchOp> ops, Function<BatchOutcome, RecordResult> success) {
    return send(operation, ops, changeSetSize)
        .thenCompose(
            first -> {
              List<BatchOp> again = new ArrayList<>();
              first.forEach(
                  o -> {
                    if (o.rolledBack()) {
                      again.add(o.op());
                    }
                  });
              CompletableFuture<List<BatchOutcome>> second =
                  again.isEmpty()
                      ? CompletableFuture.completedFuture(List.of())
                      : send(operation, again, 1);
              return second.thenApply(s -> results(operation, ops.size(), first, s, success));
            });
  }

  /**
   * Sends one {@code $batch}. Without a POST inside (upserts and updates are PATCH by key or id,
   * deletes DELETE) it is idempotent in effect, so the engine also replays it on a lost answer or a
   * 502/503/504; with a create inside it is not.
   */
  private CompletableFuture<List<BatchOutcome>> send(String operation, List<BatchOp> ops, int set) {
    ODataBatch batch = new ODataBatch(ops, set);
    ApiRequest request =
        ApiRequest.post("$batch")
            .operation(operation)
            .idempotent(ops.stream().noneMatch(o -> o.method().equals("POST")))
            .header("Prefer", "odata.continue-on-error")
            .body(batch.body(), batch.contentType())
            .build();
    return execute
        .execute(request)
        .thenApply(r -> batch.read(r.header("Content-Type"), r.bodyString()));
  }

  private List<RecordResult> results(
      String operation,
      int size,
      List<BatchOutcome> first,
      List<BatchOutcome> second,
      Function<BatchOutcome, RecordResult> success) {
    Map<Integer, BatchOutcome> last = new LinkedHashMap<>();
    first.forEach(o -> last.put(o.op().index(), o));
    second.forEach(o -> last.put(o.op().index(), o));
    List<RecordResult> results = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      BatchOutcome o = last.get(i);
      results.add(o.isSuccess() ? success.apply(o) : RecordResult.failure(i, error(operation, o)));
    }
    return results;
  }

  private CrmException error(String operation, BatchOutcome o) {
    ErrorContext context = ErrorContext.of(connector, operation);
    if (o.status() == 0) {
      return new ServerException(
          "the service sent no response for this record's request in the batch", context);
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    o.headers().forEach((k, v) -> headers.put(k, List.of(v)));
    ApiRequest inner =
        ApiRequest.builder(o.op().method()).url(o.op().url()).operation(operation).build();
    ApiResponse response =
        ApiResponse.of(
            inner,
            connector,
            o.status(),
            headers,
            o.body().getBytes(StandardCharsets.UTF_8),
            clock.instant());
    CrmException mapped = errors.map(response, context);
    return mapped != null
        ? mapped
        : ErrorMapper.forStatus(
            context.withResponse(o.status(), null, null), "batch request failed", null);
  }
}
