package io.ikarus.connects.benchmarks;

import io.ikarus.connects.BatchResult;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.testkit.Journal;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/** Times a run, samples its heap and reads its calls, for the SDK and the naive clients alike. */
final class Runs {

  private Runs() {}

  /** Runs an SDK batch; its calls and 429s are read from the fake's {@code journal}. */
  static Measurement sdk(Journal journal, Supplier<BatchResult> batch) {
    Measurement m = timed(batch, Runs::succeeded);
    return m.withCalls(journal.count(), Journals.throttled(journal))
        .withNote("calls: " + Journals.breakdown(journal));
  }

  private static long succeeded(BatchResult result) {
    requireAllSucceeded(result);
    return result.succeeded().size();
  }

  /**
   * Times {@code work} and samples the heap; {@code records} tells how many records its result
   * moved. Calls and 429s are left at 0 for the caller to fill in.
   */
  static <T> Measurement timed(Supplier<T> work, ToLongFunction<T> records) {
    try (HeapSampler heap = HeapSampler.start()) {
      long start = System.nanoTime();
      T result = work.get();
      Duration wall = Duration.ofNanos(System.nanoTime() - start);
      return new Measurement(records.applyAsLong(result), 0, 0, wall, heap.peak(), "");
    }
  }

  /** Runs a naive client's work on {@code records} records; calls are counted by {@code http}. */
  static Measurement naive(NaiveHttp http, long records, Runnable work) {
    try (HeapSampler heap = HeapSampler.start()) {
      long start = System.nanoTime();
      work.run();
      Duration wall = Duration.ofNanos(System.nanoTime() - start);
      return new Measurement(records, http.calls(), http.throttled(), wall, heap.peak(), "");
    }
  }

  /**
   * Fails the run when a record failed: a benchmark that drops records measures nothing.
   *
   * @throws IllegalStateException naming the first failure
   */
  static void requireAllSucceeded(BatchResult result) {
    if (!result.failed().isEmpty()) {
      RecordResult first = result.failed().get(0);
      throw new IllegalStateException(
          result.failed().size()
              + " of "
              + result.size()
              + " records failed; first, #"
              + first.index()
              + ": "
              + first.error().getMessage());
    }
  }
}
