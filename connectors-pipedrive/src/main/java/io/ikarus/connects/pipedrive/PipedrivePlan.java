package io.ikarus.connects.pipedrive;

/**
 * Pipedrive's plans, which set the 2-second burst window (per token; API-token and OAuth traffic
 * differ) and the daily token budget: {@code 30,000 x multiplier x seats}.
 */
public enum PipedrivePlan {
  /** Lite: 20 (API token) / 80 (OAuth) requests per 2 s; multiplier 1. */
  LITE(20, 80, 1),
  /** Growth: 40 / 160 per 2 s; multiplier 2. */
  GROWTH(40, 160, 2),
  /** Premium: 100 / 400 per 2 s; multiplier 5. */
  PREMIUM(100, 400, 5),
  /** Ultimate: 120 / 480 per 2 s; multiplier 7. */
  ULTIMATE(120, 480, 7);

  private final int apiTokenBurst;
  private final int oauthBurst;
  private final int multiplier;

  PipedrivePlan(int apiTokenBurst, int oauthBurst, int multiplier) {
    this.apiTokenBurst = apiTokenBurst;
    this.oauthBurst = oauthBurst;
    this.multiplier = multiplier;
  }

  /** Requests per rolling 2 s: {@code oauth} true for OAuth traffic, false for an API token. */
  public int burst(boolean oauth) {
    return oauth ? oauthBurst : apiTokenBurst;
  }

  /** The daily token budget of a company with {@code seats} seats (top-ups not included). */
  public long dailyBudget(int seats) {
    if (seats < 1) {
      throw new IllegalArgumentException("seats must be at least 1: " + seats);
    }
    return 30_000L * multiplier * seats;
  }
}
