package io.ikarus.connects.internal.memory;

import io.ikarus.connects.BatchResult;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.error.ConnectionException;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.memory.Call;
import io.ikarus.connects.memory.FaultHook;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Runs the calls of an in-memory connector: journals each call (one per batch chunk), consults the
 * fault hook before and after it, and turns exceptions into failed futures or per-record results.
 */
public final class CallRunner {

  /** Writes one record of a batch and returns its id. */
  @FunctionalInterface
  public interface RecordWriter<T> {
    /** Writes {@code item}, throwing a {@link CrmException} when it is refused. */
    String write(Call call, T item);
  }

  private final String connector;
  private final int maxBatchSize;
  private final Journal journal = new Journal();
  private volatile FaultHook faults;
  private volatile boolean closed;

  /** Creates a runner for the connector named {@code connector}. */
  public CallRunner(String connector, int maxBatchSize, FaultHook faults) {
    this.connector = connector;
    this.maxBatchSize = maxBatchSize;
    this.faults = faults;
  }

  /** The journal of calls. */
  public Journal journal() {
    return journal;
  }

  /** The current fault hook. */
  public FaultHook faults() {
    return faults;
  }

  /** Replaces the fault hook. */
  public void faults(FaultHook faults) {
    this.faults = Objects.requireNonNull(faults, "faults");
  }

  /** Makes every later call fail. */
  public void close() {
    closed = true;
  }

  /** Runs one call carrying {@code records} records. */
  public <T> CompletableFuture<T> call(
      String operation, String object, int records, Function<Call, T> body) {
    try {
      Call call = open(operation, object, records);
      throwIfSet(faults.beforeCall(call));
      T result = body.apply(call);
      throwIfSet(faults.afterCall(call));
      return CompletableFuture.completedFuture(result);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** Runs a batch as one call per chunk of at most the maximum batch size. */
  public <T> CompletableFuture<BatchResult> batch(
      String operation, String object, List<T> items, RecordWriter<T> writer) {
    try {
      Objects.requireNonNull(items, "records");
      List<RecordResult> results = new ArrayList<>(items.size());
      int calls = 0;
      for (int from = 0; from < items.size(); from += maxBatchSize) {
        List<T> chunk = items.subList(from, Math.min(items.size(), from + maxBatchSize));
        results.addAll(chunk(open(operation, object, chunk.size()), from, chunk, writer));
        calls++;
      }
      return CompletableFuture.completedFuture(new BatchResult(results, calls));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** Throws {@code e} unless it is null. */
  public static void throwIfSet(CrmException e) {
    if (e != null) {
      throw e;
    }
  }

  private Call open(String operation, String object, int records) {
    Objects.requireNonNull(object, "object");
    if (closed) {
      throw new ConnectionException(
          "the connector is closed", ErrorContext.of(connector, operation), false, null);
    }
    return journal.record(operation, object, records);
  }

  private <T> List<RecordResult> chunk(Call call, int offset, List<T> chunk, RecordWriter<T> w) {
    CrmException whole = faults.beforeCall(call);
    List<RecordResult> results = new ArrayList<>(chunk.size());
    for (int i = 0; i < chunk.size(); i++) {
      results.add(
          whole != null
              ? RecordResult.failure(offset + i, whole)
              : one(call, offset + i, chunk.get(i), w));
    }
    CrmException lost = whole == null ? faults.afterCall(call) : null;
    if (lost != null) {
      results.replaceAll(r -> RecordResult.failure(r.index(), lost));
    }
    return results;
  }

  private <T> RecordResult one(Call call, int index, T item, RecordWriter<T> writer) {
    try {
      if (item == null) {
        throw new ValidationException(
            "a batch must not hold null: the record at index [" + index + "] is null",
            ErrorContext.of(connector, call.operation()),
            List.of());
      }
      return RecordResult.success(index, writer.write(call, item));
    } catch (CrmException e) {
      return RecordResult.failure(index, e);
    }
  }
}
