package io.ikarus.connects.testkit.internal.dynamics;

import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.quota.SlidingWindowCounter;
import java.time.Clock;
import java.time.Duration;

/**
 * Dataverse's service-protection limits: a sliding window of requests per user (a {@code $batch}
 * counts once), beyond it a 429 with {@code Retry-After} and error {@code 0x80072322}; and 52
 * concurrent requests, beyond them a 429 with error {@code 0x80072326}. Every answer carries the
 * {@code x-ms-ratelimit-*} headers. Thread-safe.
 */
final class ServiceProtection {

  static final String BURST = "x-ms-ratelimit-burst-remaining-xrm-requests";
  static final String TIME = "x-ms-ratelimit-time-remaining-xrm-requests";

  private final SlidingWindowCounter counter;
  private final Duration window;

  ServiceProtection(Clock clock, int requests, Duration window) {
    this.counter = new SlidingWindowCounter(clock, window, 60, requests);
    this.window = window;
  }

  /** Takes one request from the budget, or returns the 429 to answer instead. */
  FakeResponse admit() {
    if (counter.tryAcquire()) {
      return null;
    }
    int seconds = counter.secondsToNextSlice();
    return headers(OData.error(exceeded())).header("Retry-After", Integer.toString(seconds));
  }

  /** The error of a request beyond the budget (0x80072322). */
  ODataException exceeded() {
    return new ODataException(
        429,
        "0x80072322",
        "Number of requests exceeded the limit of "
            + counter.max()
            + " over time window of "
            + window.toSeconds()
            + " seconds.");
  }

  /** The 429 for a request beyond the {@code limit} concurrent ones (error 0x80072326). */
  FakeResponse concurrencyRefusal(int limit) {
    ODataException e =
        new ODataException(
            429,
            "0x80072326",
            "Number of concurrent requests exceeded the limit of " + limit + ".");
    return headers(OData.error(e)).header("Retry-After", "1");
  }

  /** Adds the remaining-budget headers. */
  FakeResponse headers(FakeResponse r) {
    long left = Math.max(0, counter.max() - counter.used());
    return r.header(BURST, Long.toString(left)).header(TIME, "1,200.00");
  }

  /** Changes the budget; {@link Integer#MAX_VALUE} turns the limit off. */
  void limit(int requests) {
    counter.max(requests);
  }
}
