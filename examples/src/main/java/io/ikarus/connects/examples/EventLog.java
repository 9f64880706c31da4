package io.ikarus.connects.examples;

import io.ikarus.connects.event.ConnectorListener;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Prints a connector's events as they happen and counts the ones that handle faults. */
final class EventLog implements ConnectorListener {

  private final PrintStream out;
  private final AtomicInteger retries = new AtomicInteger();
  private final AtomicInteger rateLimits = new AtomicInteger();
  private final AtomicInteger tokenRefreshes = new AtomicInteger();

  EventLog(PrintStream out) {
    this.out = out;
  }

  @Override
  public void onRequest(RequestEvent e) {
    out.printf("  request       %s %s (attempt %d)%n", e.method(), e.path(), e.attempt());
  }

  @Override
  public void onResponse(ResponseEvent e) {
    String status = e.status() == 0 ? "no response" : Integer.toString(e.status());
    out.printf("  response      %s after %d ms%n", status, e.duration().toMillis());
  }

  @Override
  public void onRetry(RetryEvent e) {
    retries.incrementAndGet();
    out.printf(
        "  retry         attempt %d failed (%s), next in %d ms%n",
        e.attempt(), e.failure().getClass().getSimpleName(), e.delay().toMillis());
  }

  @Override
  public void onRateLimited(RateLimitedEvent e) {
    if (e.byVendor()) {
      rateLimits.incrementAndGet();
    }
    String who = e.byVendor() ? "refused by the vendor" : "held by the client's limiter";
    out.printf("  rate-limited  %s, waiting %d ms%n", who, e.delay().toMillis());
  }

  @Override
  public void onTokenRefreshed(TokenRefreshedEvent e) {
    tokenRefreshes.incrementAndGet();
    out.println("  token         refreshed");
  }

  /** The counts so far. */
  Counts counts() {
    return new Counts(rateLimits.get(), retries.get(), tokenRefreshes.get());
  }

  /** How many fault-handling events of each kind were seen. */
  record Counts(int rateLimits, int retries, int tokenRefreshes) {

    Counts minus(Counts earlier) {
      return new Counts(
          rateLimits - earlier.rateLimits,
          retries - earlier.retries,
          tokenRefreshes - earlier.tokenRefreshes);
    }

    boolean isEmpty() {
      return rateLimits == 0 && retries == 0 && tokenRefreshes == 0;
    }

    @Override
    public String toString() {
      List<String> parts = new ArrayList<>();
      add(parts, rateLimits, "vendor rate limit", "vendor rate limits");
      add(parts, retries, "retry", "retries");
      add(parts, tokenRefreshes, "token refresh", "token refreshes");
      return parts.isEmpty() ? "nothing" : String.join(", ", parts);
    }

    private static void add(List<String> parts, int count, String one, String many) {
      if (count > 0) {
        parts.add(count + " " + (count == 1 ? one : many));
      }
    }
  }
}
