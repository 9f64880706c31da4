package io.ikarus.connects.internal.retry;

import io.ikarus.connects.spi.RateLimitStatus;

/**
 * The model of one rate-limit bucket, as the vendor counts it. Times are nanos of the gate's time
 * source. Implementations are not thread-safe: the gate calls them under its lock.
 */
interface Pacer {

  /**
   * Reserves {@code cost} permits at the earliest moment the bucket allows, not before {@code now}.
   *
   * @return the reservation ({@link Grant#waitNanos()} from {@code now}), or null (nothing
   *     reserved) when that is more than {@code maxWait} away
   */
  Grant reserve(long cost, long now, long maxWait);

  /**
   * Reconciles the model with a vendor's budget report that arrived at {@code now}.
   *
   * @return false when the model does not count a budget (the gate then paces adaptively)
   */
  boolean observe(RateLimitStatus status, long now);
}
