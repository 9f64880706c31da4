package io.ikarus.connects.testkit.internal.pipedrive;

import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.quota.CostBudget;
import io.ikarus.connects.testkit.internal.quota.SlidingWindowCounter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pipedrive's token-based limits: a burst window of requests per token per rolling 2 s (search its
 * own 10), the company's daily token budget charged by endpoint cost and reset at the server's
 * midnight, {@code x-ratelimit-*} headers, a 429 for each (burst: {@code x-ratelimit-remaining: 0};
 * budget: remaining above 0), and Cloudflare's 403 HTML page for API-token clients that keep
 * sending after 429s. Used under the server lock.
 */
public final class PdLimits {

  /**
   * The rate-limit settings of a fake company.
   *
   * @param enabled false for an unlimited world (no 429s, headers still sent)
   * @param apiTokenBurst requests per rolling 2 s for API-token traffic
   * @param oauthBurst requests per rolling 2 s for OAuth traffic
   * @param dailyBudget the company's daily token budget
   * @param serverZone the zone whose midnight resets the budget
   * @param cloudflareAfter 429s in a row after which API-token traffic gets Cloudflare's 403 page
   *     (0: never)
   */
  public record Config(
      boolean enabled,
      int apiTokenBurst,
      int oauthBurst,
      long dailyBudget,
      ZoneId serverZone,
      int cloudflareAfter) {}

  /** Search requests per rolling 2 s, on every plan. */
  private static final int SEARCH_BURST = 10;

  /** How long Cloudflare blocks an API token that kept sending after 429s. */
  private static final Duration CLOUDFLARE_BLOCK = Duration.ofMinutes(1);

  private final Clock clock;
  private final Config config;
  private final Map<String, SlidingWindowCounter> bursts = new HashMap<>();
  private final Map<String, SlidingWindowCounter> searches = new HashMap<>();
  private final Map<String, Integer> refusedInARow = new HashMap<>();
  private final Map<String, Instant> blockedUntil = new HashMap<>();
  private final CostBudget today;

  PdLimits(Clock clock, Config config) {
    this.clock = clock;
    this.config = config;
    this.today = CostBudget.daily(clock, config.serverZone(), config.dailyBudget());
  }

  /**
   * The token cost of {@code method} on the segments after {@code api/v2} or {@code v1}, from the
   * vendor's per-endpoint {@code x-token-cost}: v2 GET one 1, list 10, POST/PATCH 5, DELETE 3,
   * search and {@code deals/archived} 20; v1 GET one 2, list 20, POST/PUT/PATCH 10, DELETE 6,
   * {@code leads/archived} 40, recents 20.
   */
  static int cost(boolean v2, String method, List<String> s) {
    if (s.size() == 2 && (s.get(1).equals("search") || s.get(1).equals("archived"))) {
      return v2 ? 20 : 40;
    }
    int base =
        switch (method) {
          case "GET" -> s.size() <= 1 ? 10 : 1;
          case "DELETE" -> 3;
          default -> 5;
        };
    return v2 ? base : base * 2;
  }

  /**
   * Admits one request of {@code cost} tokens for {@code token}, or returns the refusal.
   *
   * @param apiToken true for API-token traffic (burst limit and Cloudflare differ)
   * @param search true for a search endpoint (its own burst window)
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
    if (config.enabled()
        && search
        && !searches.computeIfAbsent(token, t -> window(SEARCH_BURST)).tryAcquire()) {
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

  private FakeResponse refused(String token, boolean apiToken, FakeResponse response) {
    int n = refusedInARow.merge(token, 1, Integer::sum);
    if (apiToken && config.cloudflareAfter() > 0 && n > config.cloudflareAfter()) {
      blockedUntil.put(token, clock.instant().plus(CLOUDFLARE_BLOCK));
      refusedInARow.remove(token);
    }
    return response;
  }

  private FakeResponse headers(FakeResponse r, SlidingWindowCounter burst) {
    return headers(r, burst, Math.max(0, burst.max() - burst.used()));
  }

  private FakeResponse headers(FakeResponse r, SlidingWindowCounter burst, long remaining) {
    return r.header("x-ratelimit-limit", Long.toString(burst.max()))
        .header("x-ratelimit-remaining", Long.toString(remaining))
        .header("x-ratelimit-reset", Long.toString(burst.secondsToNextSlice()));
  }

  private SlidingWindowCounter burst(String token, boolean apiToken) {
    int max = apiToken ? config.apiTokenBurst() : config.oauthBurst();
    return bursts.computeIfAbsent(token, t -> window(max));
  }

  private SlidingWindowCounter window(int max) {
    return new SlidingWindowCounter(clock, Duration.ofSeconds(2), 4, max);
  }
}
