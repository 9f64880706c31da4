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

  private final Map<String, Long> intervalNanos = new HashMap<>();
  private final Map<String, Long> lastRelease = new HashMap<>();

  ReleaseSpacing(RateLimitSettings settings) {
    settings
        .buckets()
        .forEach(
            (name, bucket) -> {
              if (bucket.smooth()) {
                intervalNanos.put(name, bucket.period().toNanos() / bucket.permits());
              }
            });
  }

  /**
   * Returns 0 and records the release when the request may go now, else the nanos it must still
   * wait.
   */
  synchronized long hold(Map<String, Long> costs, long now) {
    long hold = 0;
    for (Map.Entry<String, Long> cost : costs.entrySet()) {
      Long interval = intervalNanos.get(cost.getKey());
      Long last = lastRelease.get(cost.getKey());
      if (interval != null && last != null) {
        hold = Math.max(hold, last + interval * cost.getValue() - now);
      }
    }
    if (hold > 0) {
      return hold;
    }
    for (String bucket : costs.keySet()) {
      if (intervalNanos.containsKey(bucket)) {
        lastRelease.put(bucket, now);
      }
    }
    return 0;
  }
}
