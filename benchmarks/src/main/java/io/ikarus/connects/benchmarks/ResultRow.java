package io.ikarus.connects.benchmarks;

import java.time.Duration;

/**
 * One scenario's figures: the task's floors, the SDK's run and the naive baseline's run.
 *
 * @param scenario what was done, such as {@code "HubSpot upsertAll contacts"}
 * @param records the task's size
 * @param callFloor the fewest calls the task needs
 * @param timeFloor the least time the vendor's limit and the latency allow
 * @param sdk the SDK's run
 * @param baseline the naive baseline's run, or null when none was run
 * @param floorNote how the floors were computed
 */
public record ResultRow(
    String scenario,
    long records,
    long callFloor,
    Duration timeFloor,
    Measurement sdk,
    Measurement baseline,
    String floorNote) {

  /** The SDK's wall time over the time floor. */
  public double sdkRatio() {
    return ratio(sdk.wall());
  }

  /** The baseline's wall time over the time floor. */
  public double baselineRatio() {
    return ratio(baseline.wall());
  }

  /** How many times more calls the baseline made than the SDK. */
  public double callSpeedUp() {
    return (double) baseline.apiCalls() / Math.max(1, sdk.apiCalls());
  }

  /** How many times longer the baseline took than the SDK. */
  public double wallSpeedUp() {
    return (double) baseline.wall().toNanos() / Math.max(1, sdk.wall().toNanos());
  }

  private double ratio(Duration wall) {
    return timeFloor.isZero() ? Double.NaN : (double) wall.toNanos() / timeFloor.toNanos();
  }
}
