package io.ikarus.connects.generic.internal;

import io.ikarus.connects.RecordResult;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.FieldError;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.generic.internal.config.Specs.BatchOp;
import io.ikarus.connects.generic.internal.config.Specs.ObjectSpec;
import io.ikarus.connects.spi.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Writes a chunk through a batch endpoint: one item per input from the item template, results
 * matched to inputs by order or by a path (a trace id), per-item errors matched the same way. When
 * the vendor refuses the whole batch for one bad input, the chunk is split in halves until the bad
 * input fails alone, so the others are still written. Thread-safe.
 */
public final class BatchWriter {

  private final Runtime rt;

  /** A writer over {@code rt}. */
  public BatchWriter(Runtime rt) {
    this.rt = rt;
  }

  /**
   * Runs one chunk.
   *
   * @param items the per-input template values (each holds {@code fields}, {@code id}, ...)
   */
  public CompletableFuture<List<RecordResult>> run(
      ObjectSpec spec, String op, BatchOp batch, List<Vars> items) {
    List<Object> bodies = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Vars v = items.get(i).with("index", Integer.toString(i));
      bodies.add(batch.item() == null ? v.get("fields") : Template.json(batch.item(), v));
    }
    Vars vars = rt.vars(spec.name()).with("items", bodies).with("ids", ids(items));
    Call call = rt.call(batch.request(), vars, op + "All");
    return rt.send(call)
        .handle(
            (resp, error) -> {
              if (error == null) {
                return CompletableFuture.completedFuture(results(spec, batch, items, resp));
              }
              CrmException e = unwrap(error);
              if (!batch.splitOnFailure() || e == null || e.isRetryable()) {
                throw error instanceof CompletionException c ? c : new CompletionException(error);
              }
              return split(spec, op, batch, items, e);
            })
        .thenCompose(f -> f);
  }

  private CompletableFuture<List<RecordResult>> split(
      ObjectSpec spec, String op, BatchOp batch, List<Vars> items, CrmException e) {
    if (items.size() == 1) {
      return CompletableFuture.completedFuture(List.of(RecordResult.failure(0, e)));
    }
    int half = items.size() / 2;
    CompletableFuture<List<RecordResult>> left = run(spec, op, batch, items.subList(0, half));
    CompletableFuture<List<RecordResult>> right =
        run(spec, op, batch, items.subList(half, items.size()));
    return left.thenCombine(
        right,
        (a, b) -> {
          List<RecordResult> all = new ArrayList<>(a);
          b.forEach(r -> all.add(r));
          return all;
        });
  }

  private List<RecordResult> results(
      ObjectSpec spec, BatchOp batch, List<Vars> items, ApiResponse resp) {
    Object body = Runtime.body(resp);
    Records records = new Records(spec);
    RecordResult[] out = new RecordResult[items.size()];
    List<Object> results = batch.results() == null ? List.of() : batch.results().list(body);
    List<Object> ids = ids(items);
    for (int i = 0; i < results.size(); i++) {
      int index =
          batch.match().equals("field")
              ? byField(batch, results.get(i), items, out)
              : index(batch, i, results.get(i), ids);
      if (index >= 0 && index < out.length) {
        out[index] = RecordResult.success(index, id(records, results.get(i), items.get(index)));
      }
    }
    List<Object> errors = batch.errors() == null ? List.of() : batch.errors().list(body);
    for (Object error : errors) {
      Object key = batch.errorMatch() == null ? null : batch.errorMatch().first(error);
      int index =
          batch.match().equals("id")
              ? ids.indexOf(key == null ? null : key.toString())
              : index(key);
      if (index >= 0 && index < out.length && out[index] == null) {
        out[index] = RecordResult.failure(index, invalid(resp, batch, error));
      }
    }
    List<RecordResult> list = new ArrayList<>();
    for (int i = 0; i < out.length; i++) {
      list.add(out[i] != null ? out[i] : fallback(i, items.get(i), resp, batch, body));
    }
    return list;
  }

  private RecordResult fallback(int i, Vars item, ApiResponse resp, BatchOp batch, Object body) {
    if (batch.results() == null && resp.isSuccessful() && item.get("id") != null) {
      return RecordResult.success(i, item.get("id").toString());
    }
    return RecordResult.failure(
        i,
        new ValidationException(
            "the batch response has no result for this input", resp.errorContext(), List.of()));
  }

  private static String id(Records records, Object result, Vars item) {
    var rec = records.toRecord(result);
    if (rec != null) {
      return rec.id();
    }
    return item.get("id") == null ? null : item.get("id").toString();
  }

  private static CrmException invalid(ApiResponse resp, BatchOp batch, Object error) {
    Object message = batch.errorMessage() == null ? null : batch.errorMessage().first(error);
    String detail = message == null ? "the vendor refused this input" : message.toString();
    List<FieldError> fields = new ArrayList<>();
    if (batch.errorField() != null) {
      for (Object field : batch.errorField().all(error)) {
        fields.add(new FieldError(field.toString(), null, detail));
      }
    }
    return new ValidationException(detail, resp.errorContext(), fields);
  }

  private static List<Object> ids(List<Vars> items) {
    List<Object> ids = new ArrayList<>();
    items.forEach(v -> ids.add(v.get("id") == null ? null : v.get("id").toString()));
    return ids;
  }

  /** The first unmatched input whose {@code matchInput} value equals the result's. */
  private static int byField(BatchOp batch, Object result, List<Vars> items, RecordResult[] out) {
    Object value = batch.matchPath().first(result);
    for (int i = 0; value != null && i < items.size(); i++) {
      Object sent = items.get(i).get(batch.matchInput());
      if (out[i] == null && sent != null && Template.text(sent).equals(Template.text(value))) {
        return i;
      }
    }
    return -1;
  }

  private static int index(BatchOp batch, int position, Object result, List<Object> ids) {
    return switch (batch.match()) {
      case "order" -> position;
      case "id" -> {
        JsonPath path = batch.matchPath() != null ? batch.matchPath() : JsonPath.of("id", "id");
        Object id = path.first(result);
        yield id == null ? -1 : ids.indexOf(Records.idText(id));
      }
      default -> index(batch.matchPath().first(result));
    };
  }

  private static int index(Object v) {
    if (v == null) {
      return -1;
    }
    try {
      return Integer.parseInt(v.toString());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static CrmException unwrap(Throwable t) {
    Throwable x = t;
    while (x instanceof CompletionException && x.getCause() != null) {
      x = x.getCause();
    }
    return x instanceof CrmException c ? c : null;
  }
}
