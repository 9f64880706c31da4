package io.ikarus.connects.benchmarks;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The naive baselines of one harness run. A baseline runs on at most {@code --baseline} records and
 * is extrapolated beyond, so the rows of one scenario at several sizes share one measured run
 * instead of repeating it. Not thread-safe.
 */
final class Baselines {

  private final HarnessOptions options;
  private final Map<String, Measurement> measured = new HashMap<>();

  Baselines(HarnessOptions options) {
    this.options = options;
  }

  /**
   * The baseline of {@code scenario} for {@code n} records: {@code naive} run on at most {@code
   * --baseline} records (once per scenario and size), extrapolated to {@code n} and labelled so
   * when it ran fewer.
   */
  Measurement of(String scenario, long n, LongFunction<Measurement> naive) {
    long size = Math.min(n, options.baselineRecords());
    Measurement m = measured.computeIfAbsent(scenario + "@" + size, k -> naive.apply(size));
    return size < n ? m.extrapolatedTo(n) : m;
  }
}
