package io.ikarus.connects.internal.retry;

import io.ikarus.connects.resilience.RateLimitSettings;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps the requests of each smooth bucket at least {@code period / permits} apart when they are
 * actually released. Failsafe's limiter hands out time slots; a timer that fires late (a busy
 * machine starves the scheduler thread) would release several waiting requests at once and a vendor
 * would see a burst. This guard measures the real release times, so the rate holds even then (and
 * also when an idle limiter grants an off-grid first permit). Thread-safe.
 */
final class ReleaseSpacing {

  /** One smooth bucket's interval and its last release. */
  private static final class Spacing {
    private final long interval;
    private long last;
    private boolean released;

    Spacing(long interval) {
      this.interval = interval;
    }

    long hold(long cost, long now) {
      return released ? last + interval * cost - now : 0;
    }
  }

  private final Map<String, Spacing> buckets = new HashMap<>();

  ReleaseSpacing(RateLimitSettings settings) {
    settings
        .buckets()
        .forEach(
            (name, bucket) -> {
              if (bucket.smooth()) {
                buckets.put(name, new Spacing(bucket.period().toNanos() / bucket.permits()));
              }
            });
  }

  /**
   * Returns 0 and records the release when the request may go now, else the nanos it must still
   * wait.
   */
  synchronized long hold(Map<String, Long> costs, long now) {
    if (buckets.isEmpty()) {
      return 0;
    }
    if (costs.size() == 1) {
      // The common case, without the entry and iterator objects of a loop over the map.
      String bucket = RateLimitSettings.DEFAULT_BUCKET;
      Long cost = costs.get(bucket);
      if (cost != null) {
        return hold(bucket, cost, now);
      }
    }
    long hold = 0;
    for (Map.Entry<String, Long> cost : costs.entrySet()) {
      Spacing spacing = buckets.get(cost.getKey());
      if (spacing != null) {
        hold = Math.max(hold, spacing.hold(cost.getValue(), now));
      }
    }
    if (hold > 0) {
      return hold;
    }
    for (String bucket : costs.keySet()) {
      Spacing spacing = buckets.get(bucket);
      if (spacing != null) {
        spacing.last = now;
        spacing.released = true;
      }
    }
    return 0;
  }

  private long hold(String bucket, long cost, long now) {
    Spacing spacing = buckets.get(bucket);
    if (spacing == null) {
      return 0;
    }
    long hold = spacing.hold(cost, now);
    if (hold > 0) {
      return hold;
    }
    spacing.last = now;
    spacing.released = true;
    return 0;
  }
}
