package io.ikarus.connects.dynamics.internal;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.dynamics.internal.dto.CreatedIds;
import io.ikarus.connects.error.ConflictException;
import io.ikarus.connects.error.MalformedResponseException;
import io.ikarus.connects.error.NotFoundException;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.ApiResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Chunks of creates and updates through Dataverse's bulk messages {@code CreateMultiple} and {@code
 * UpdateMultiple}: one request with {@code {"Targets": [...]}} (every target typed by
 * {@code @odata.type}; updates carry the primary key), answered with the new {@code Ids} or 204.
 * The message is one transaction on a standard table: when it is refused (a bad record, a
 * duplicate, a missing row) nothing was written, and the chunk is sent again through {@code
 * $batch}, which reports per record. A table without the messages (404, unknown segment) is
 * remembered and written through {@code $batch} from then on. Thread-safe.
 */
public final class MultipleWrites {

  private static final String NS = "Microsoft.Dynamics.CRM.";

  /** The OData error of a path segment the service does not know (the message, here). */
  private static final String UNKNOWN_SEGMENT = "0x8006088a";

  private final ApiCalls calls;
  private final Map<String, CompletableFuture<Boolean>> support = new ConcurrentHashMap<>();

  /** Creates the writer over the connector's calls. */
  public MultipleWrites(ApiCalls calls) {
    this.calls = calls;
  }

  /** {@code CreateMultiple}, or {@code batch} when the table lacks it or refused the chunk. */
  public CompletableFuture<List<RecordResult>> create(
      EntityInfo info,
      String set,
      List<Map<String, Object>> records,
      Supplier<CompletableFuture<List<RecordResult>>> batch) {
    List<Object> targets = new ArrayList<>();
    for (Map<String, Object> r : records) {
      targets.add(typed(info, r));
    }
    return send(set, "CreateMultiple", "createAll", targets)
        .thenCompose(
            response -> {
              if (response == null) {
                return batch.get();
              }
              List<String> ids = ids(response, records.size());
              List<RecordResult> out = new ArrayList<>();
              for (int i = 0; i < records.size(); i++) {
                out.add(RecordResult.success(i, ids.get(i)));
              }
              return CompletableFuture.completedFuture(out);
            });
  }

  /** {@code UpdateMultiple}, or {@code batch} when the table lacks it or refused the chunk. */
  public CompletableFuture<List<RecordResult>> update(
      EntityInfo info,
      String set,
      List<CrmRecord> records,
      Supplier<CompletableFuture<List<RecordResult>>> batch) {
    List<Object> targets = new ArrayList<>();
    for (CrmRecord r : records) {
      Map<String, Object> t = typed(info, r.fields());
      t.put(info.primaryId(), r.id());
      targets.add(t);
    }
    return send(set, "UpdateMultiple", "updateAll", targets)
        .thenCompose(
            response -> {
              if (response == null) {
                return batch.get();
              }
              List<RecordResult> out = new ArrayList<>();
              for (int i = 0; i < records.size(); i++) {
                out.add(RecordResult.success(i, records.get(i).id()));
              }
              return CompletableFuture.completedFuture(out);
            });
  }

  /**
   * The answer, or null when the chunk must go through {@code $batch} instead. The first chunk for
   * a table finds out whether it has the message; chunks sent meanwhile wait for that answer, so a
   * table without it costs one refused call, not one per chunk in flight.
   */
  private CompletableFuture<ApiResponse> send(
      String set, String message, String operation, List<Object> targets) {
    CompletableFuture<Boolean> probe = new CompletableFuture<>();
    CompletableFuture<Boolean> known = support.putIfAbsent(set + "/" + message, probe);
    if (known != null) {
      return known.thenCompose(
          has -> has ? attempt(set, message, operation, targets) : completedNull());
    }
    return attempt(set, message, operation, targets)
        .whenComplete((r, e) -> probe.complete(e == null || !(unwrap(e) instanceof Missing)))
        .exceptionallyCompose(
            e ->
                unwrap(e) instanceof Missing ? completedNull() : CompletableFuture.failedFuture(e));
  }

  private CompletableFuture<ApiResponse> attempt(
      String set, String message, String operation, List<Object> targets) {
    ApiRequest request =
        ApiRequest.post(ODataLiterals.name(set, operation) + "/" + NS + message)
            .operation(operation)
            .json(Map.of("Targets", targets))
            .build();
    return calls
        .execute(request)
        .handle(
            (response, thrown) -> {
              if (thrown == null) {
                return response;
              }
              Throwable t = unwrap(thrown);
              if (t instanceof NotFoundException nf && UNKNOWN_SEGMENT.equals(nf.vendorCode())) {
                throw new CompletionException(new Missing());
              }
              if (t instanceof ValidationException
                  || t instanceof NotFoundException
                  || t instanceof ConflictException) {
                return null; // one transaction: nothing written, per-record answers from $batch
              }
              throw thrown instanceof CompletionException c ? c : new CompletionException(t);
            });
  }

  /** The new rows' ids, one per target, else a malformed answer (the rows were written). */
  private static List<String> ids(ApiResponse response, int targets) {
    List<String> ids = response.json(CreatedIds.class).ids();
    if (ids == null || ids.size() != targets) {
      throw new MalformedResponseException(
          "the member 'Ids' does not hold one id per target ("
              + (ids == null ? "missing" : ids.size() + " ids for " + targets + " targets")
              + ")",
          response.errorContext(),
          null);
    }
    return ids;
  }

  private static Throwable unwrap(Throwable t) {
    return t instanceof CompletionException c && c.getCause() != null ? c.getCause() : t;
  }

  private static CompletableFuture<ApiResponse> completedNull() {
    return CompletableFuture.completedFuture(null);
  }

  /** The table has no such message. */
  private static final class Missing extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Missing() {
      super(null, null, false, false);
    }
  }

  private static Map<String, Object> typed(EntityInfo info, Map<String, Object> fields) {
    Map<String, Object> t = new LinkedHashMap<>(fields);
    t.put("@odata.type", NS + info.logicalName());
    return t;
  }
}
