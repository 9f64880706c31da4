package io.ikarus.connects.internal.retry;

import io.ikarus.connects.resilience.RateLimitSettings.Bucket;

/** Makes the model of a configured bucket. */
final class Pacers {

  private Pacers() {}

  static Pacer of(Bucket bucket) {
    long period = Delays.nanos(bucket.period());
    return switch (bucket.kind()) {
      case SMOOTH -> new SmoothPacer(bucket.permits(), period);
      case WINDOW -> new WindowPacer(bucket.permits(), period);
      case BUDGET -> new BudgetPacer(bucket.permits(), period);
    };
  }
}
