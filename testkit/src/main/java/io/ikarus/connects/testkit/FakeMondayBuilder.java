package io.ikarus.connects.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * Configures a {@link FakeMonday}. Defaults follow monday's documented limits: per-query complexity
 * 5,000,000; budget 10,000,000 per 60 s window; system clock; token {@code "fake-monday-token"}; a
 * free port. Cursors always live 60 minutes; there is no per-minute request limit (inject 429s with
 * {@link FakeCrm#faults()}).
 */
public final class FakeMondayBuilder extends FakeBuilder<FakeMonday, FakeMondayBuilder> {

  String apiToken = "fake-monday-token";
  long budget = 10_000_000L;
  Duration window = Duration.ofSeconds(60);
  long maxQueryComplexity = 5_000_000L;

  FakeMondayBuilder() {}

  /** The token the fake accepts. */
  public FakeMondayBuilder apiToken(String apiToken) {
    this.apiToken = Objects.requireNonNull(apiToken, "apiToken");
    return this;
  }

  /** The complexity budget per window (scale both down to make budget tests fast). */
  public FakeMondayBuilder complexityBudget(long budget, Duration window) {
    if (budget < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("budget and window must be positive");
    }
    this.budget = budget;
    this.window = window;
    return this;
  }

  /** The per-query complexity limit. */
  public FakeMondayBuilder maxQueryComplexity(long maxQueryComplexity) {
    this.maxQueryComplexity = maxQueryComplexity;
    return this;
  }

  @Override
  public FakeMonday start() {
    return new FakeMonday(this);
  }
}
