package io.ikarus.connects.internal.connector;

import io.ikarus.connects.BatchResult;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.FieldError;
import io.ikarus.connects.error.ValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs a batch as chunks of at most {@code chunkSize} inputs, {@code concurrency} chunks at a time,
 * and assembles one {@link RecordResult} per input in input order. Inputs refused by the precheck
 * (and null inputs) fail alone without a call; a chunk that fails as a whole fails each of its
 * inputs with that error; the batch itself never fails. API calls are counted in the batch's scope.
 *
 * @param <I> the input type
 */
public final class BatchRunner<I> {

  private final List<I> inputs;
  private final RecordResult[] results;
  private final List<List<Integer>> chunks = new ArrayList<>();
  private final ErrorContext context;
  private final Function<List<I>, CompletableFuture<List<RecordResult>>> chunkFn;
  private final CallScope scope;
  private final AtomicInteger nextChunk = new AtomicInteger();
  private final AtomicInteger activeWorkers = new AtomicInteger();
  private final CompletableFuture<BatchResult> done = new CompletableFuture<>();

  private BatchRunner(
      List<I> inputs,
      ErrorContext context,
      Function<List<I>, CompletableFuture<List<RecordResult>>> chunkFn,
      CallScope scope) {
    this.inputs = inputs;
    this.results = new RecordResult[inputs.size()];
    this.context = context;
    this.chunkFn = chunkFn;
    this.scope = scope;
  }

  /**
   * Runs the batch in {@code scope}.
   *
   * @param precheck returns the error of an input that must not be sent, or null
   */
  public static <I> CompletableFuture<BatchResult> run(
      List<I> inputs,
      int chunkSize,
      int concurrency,
      ErrorContext context,
      Function<I, CrmException> precheck,
      Function<List<I>, CompletableFuture<List<RecordResult>>> chunkFn,
      CallScope scope) {
    BatchRunner<I> runner =
        new BatchRunner<>(
            Collections.unmodifiableList(new ArrayList<>(inputs)), context, chunkFn, scope);
    runner.split(Math.max(1, chunkSize), precheck);
    return runner.start(Math.max(1, concurrency));
  }

  /** The error of a null element of a batch: a ValidationException naming its index. */
  public static ValidationException nullRecord(ErrorContext context, int index) {
    String at = "[" + index + "]";
    return new ValidationException(
        "a batch must not hold null: the record at index " + at + " is null",
        context,
        List.of(new FieldError(at, "NULL_RECORD", "null record")));
  }

  private void split(int chunkSize, Function<I, CrmException> precheck) {
    List<Integer> current = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      I input = inputs.get(i);
      CrmException refused = input == null ? nullRecord(context, i) : precheck.apply(input);
      if (refused != null) {
        results[i] = RecordResult.failure(i, refused);
        continue;
      }
      current.add(i);
      if (current.size() == chunkSize) {
        chunks.add(current);
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      chunks.add(current);
    }
  }

  private CompletableFuture<BatchResult> start(int concurrency) {
    int workers = Math.min(concurrency, chunks.size());
    if (workers == 0) {
      return CompletableFuture.completedFuture(new BatchResult(Arrays.asList(results), 0));
    }
    activeWorkers.set(workers);
    for (int w = 0; w < workers; w++) {
      pump();
    }
    return done;
  }

  /** Takes chunks until none is left; loops instead of recursing over already-done chunks. */
  private void pump() {
    while (true) {
      int c = nextChunk.getAndIncrement();
      if (c >= chunks.size()) {
        if (activeWorkers.decrementAndGet() == 0) {
          done.complete(new BatchResult(Arrays.asList(results), scope.calls()));
        }
        return;
      }
      CompletableFuture<List<RecordResult>> f = launch(chunks.get(c));
      if (!f.isDone()) {
        f.whenComplete((r, e) -> CallScope.run(scope, () -> finishThenPump(c, r, e)));
        return;
      }
      f.whenComplete((r, e) -> record(chunks.get(c), r, e));
    }
  }

  private void finishThenPump(int c, List<RecordResult> r, Throwable e) {
    record(chunks.get(c), r, e);
    pump();
  }

  private CompletableFuture<List<RecordResult>> launch(List<Integer> chunk) {
    if (scope.isCancelled()) {
      return CompletableFuture.failedFuture(new java.util.concurrent.CancellationException());
    }
    List<I> items = chunk.stream().map(inputs::get).toList();
    return Futures.guard(scope.child(), () -> chunkFn.apply(items));
  }

  private void record(List<Integer> chunk, List<RecordResult> chunkResults, Throwable error) {
    if (error == null && (chunkResults == null || chunkResults.size() != chunk.size())) {
      int got = chunkResults == null ? 0 : chunkResults.size();
      error =
          new IllegalStateException(
              "the connector returned " + got + " results for a chunk of " + chunk.size());
    }
    for (int k = 0; k < chunk.size(); k++) {
      int index = chunk.get(k);
      RecordResult r = error == null ? chunkResults.get(k) : null;
      if (r == null) {
        Throwable why = error != null ? error : new IllegalStateException("no result for input");
        results[index] = RecordResult.failure(index, Futures.toCrm(why, context));
      } else {
        results[index] = new RecordResult(index, r.id(), r.created(), r.error());
      }
    }
  }
}
