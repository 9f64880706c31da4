package io.ikarus.connects.testkit.internal.pipedrive;

import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.quota.CostBudget;
import io.ikarus.connects.testkit.internal.quota.SlidingWindowCounter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Pipedrive's token-based limits: a burst window of requests per token per rolling 2 s (search its
 * own 10), the company's daily token budget charged by endpoint cost and reset at the server's
 * midnight, {@code x-ratelimit-*} headers, a 429 for each (burst: {@code x-ratelimit-remaining: 0};
 * budget: remaining above 0), and Cloudflare's 403 HTML page for API-token clients that keep
 * sending after 429s. Used under the server lock.
 */
public final class PdLimits {

  private final Clock clock;
  private final PdLimitConfig config;
  private final Map<String, SlidingWindowCounter> bursts = new HashMap<>();
  private final Map<String, SlidingWindowCounter> searches = new HashMap<>();
  private final Map<String, Integer> refusedInARow = new HashMap<>();
  private final Map<String, Instant> blockedUntil = new HashMap<>();
  private final CostBudget today;
  private long costTotal;

  PdLimits(Clock clock, PdLimitConfig config) {
    this.clock = clock;
    this.config = config;
    this.today = CostBudget.daily(clock, config.serverZone(), config.dailyBudget());
  }

  /**
   * Admits one request of {@code cost} tokens for {@code token}, or returns the refusal.
   *
   * @param apiToken true for API-token traffic (burst limit and Cloudflare differ)
   */
  FakeResponse admit(String token, boolean apiToken, int cost, boolean search) {
    Instant blocked = blockedUntil.get(token);
    if (blocked != null && clock.instant().isBefore(blocked)) {
      return PdErrors.cloudflare(Long.toHexString(clock.millis()) + "-FRA");
    }
    SlidingWindowCounter burst = burst(token, apiToken);
    if (config.enabled() && !burst.tryAcquire()) {
      return refused(token, apiToken, headers(PdErrors.error(429, "Request over limit"), burst));
    }
    if (config.enabled() && search && !searchWindow(token).tryAcquire()) {
      return refused(token, apiToken, headers(PdErrors.error(429, "Request over limit"), burst, 0));
    }
    if (config.enabled() && !today.fits(cost)) {
      FakeResponse r =
          PdErrors.error(
              429, "Daily API token budget exceeded. The budget resets at midnight (server time).");
      return refused(token, apiToken, headers(r, burst));
    }
    refusedInARow.remove(token);
    today.charge(cost);
    costTotal += cost;
    return null;
  }

  /** Adds the burst headers for {@code token} to a response. */
  FakeResponse headers(FakeResponse response, String token, boolean apiToken) {
    return headers(response, burst(token, apiToken));
  }

  /** Tokens charged today. */
  public long usedToday() {
    return today.used();
  }

  /** Tokens charged since the fake started. */
  public long costTotal() {
    return costTotal;
  }

  /** The daily budget. */
  long dailyBudget() {
    return config.dailyBudget();
  }

  private FakeResponse refused(String token, boolean apiToken, FakeResponse response) {
    int n = refusedInARow.merge(token, 1, Integer::sum);
    if (apiToken && config.cloudflareAfter() > 0 && n > config.cloudflareAfter()) {
      blockedUntil.put(token, clock.instant().plus(config.cloudflareBlock()));
      refusedInARow.remove(token);
    }
    return response;
  }

  private FakeResponse headers(FakeResponse r, SlidingWindowCounter burst) {
    return headers(r, burst, Math.max(0, burst.max() - burst.used()));
  }

  private FakeResponse headers(FakeResponse r, SlidingWindowCounter burst, long remaining) {
    long reset = Math.max(1, (burst.untilNextSlice().toMillis() + 999) / 1000);
    return r.header("x-ratelimit-limit", Long.toString(burst.max()))
        .header("x-ratelimit-remaining", Long.toString(remaining))
        .header("x-ratelimit-reset", Long.toString(reset));
  }

  private SlidingWindowCounter burst(String token, boolean apiToken) {
    int max = apiToken ? config.apiTokenBurst() : config.oauthBurst();
    return bursts.computeIfAbsent(token, t -> window(max));
  }

  private SlidingWindowCounter searchWindow(String token) {
    return searches.computeIfAbsent(token, t -> window(config.searchBurst()));
  }

  private SlidingWindowCounter window(int max) {
    return new SlidingWindowCounter(clock, Duration.ofSeconds(2), 4, max);
  }
}
