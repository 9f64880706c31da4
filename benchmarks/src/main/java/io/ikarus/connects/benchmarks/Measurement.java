package io.ikarus.connects.benchmarks;

import java.time.Duration;

/**
 * What one run of one client (the SDK or the naive baseline) did for one scenario.
 *
 * @param records records moved
 * @param apiCalls HTTP calls the fake received, token calls included
 * @param throttled 429 answers received
 * @param wall wall-clock time of the run
 * @param peakHeapBytes the highest heap use sampled during the run, or -1 when not measured
 * @param note how the figures were obtained, such as an extrapolation; empty when measured as is
 */
public record Measurement(
    long records, long apiCalls, long throttled, Duration wall, long peakHeapBytes, String note) {

  /** Records per second of wall time. */
  public double recordsPerSecond() {
    double seconds = wall.toNanos() / 1e9;
    return seconds <= 0 ? 0 : records / seconds;
  }

  /** This run with the calls and 429s counted elsewhere, such as in a fake's journal. */
  public Measurement withCalls(long apiCalls, long throttled) {
    return new Measurement(records, apiCalls, throttled, wall, peakHeapBytes, note);
  }

  /** This run with {@code note} in place of its note. */
  public Measurement withNote(String note) {
    return new Measurement(records, apiCalls, throttled, wall, peakHeapBytes, note);
  }

  /**
   * This run scaled linearly to {@code records} records (calls, 429s and wall time grow in
   * proportion; peak heap is not scaled), labelled as an extrapolation.
   */
  public Measurement extrapolatedTo(long target) {
    double factor = (double) target / records;
    return new Measurement(
        target,
        Math.round(apiCalls * factor),
        Math.round(throttled * factor),
        Duration.ofNanos(Math.round(wall.toNanos() * factor)),
        peakHeapBytes,
        "extrapolated x" + Math.round(factor) + " from a measured run of " + records + " records");
  }
}
