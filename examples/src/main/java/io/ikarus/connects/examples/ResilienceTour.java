package io.ikarus.connects.examples;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.Query;
import io.ikarus.connects.resilience.RetrySettings;
import io.ikarus.connects.testkit.FakeSalesforce;
import io.ikarus.connects.testkit.Faults;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A tour of what the connector does when the service misbehaves. FakeSalesforce injects four
 * faults, one before each operation: a 429 with {@code Retry-After: 1}, two 503s, an expired access
 * token and a connection dropped mid-response. A listener ({@link EventLog}) prints each request,
 * retry, rate-limit wait and token refresh as it happens; every operation still succeeds, and the
 * last lines show, per fault, the events that handled it.
 *
 * <p>The waits are tiny here (20 ms backoff) so the tour takes little more than its one-second
 * Retry-After; the defaults are 4 attempts with 500 ms full-jitter backoff, capped at 30 s,
 * honouring a Retry-After up to 60 s. Your code changes nothing to get this: it is the connector's
 * default behaviour.
 */
public final class ResilienceTour {

  private ResilienceTour() {}

  /** Runs the tour against an embedded FakeSalesforce; exits 1 if a fault was not handled. */
  public static void main(String[] args) {
    int unhandled;
    try (FakeSalesforce fake = FakeSalesforce.start()) {
      unhandled = run(fake, System.out);
    }
    if (unhandled != 0) {
      System.exit(1);
    }
  }

  /** Runs the tour against {@code fake}; returns how many faults were not handled. */
  static int run(FakeSalesforce fake, PrintStream out) {
    EventLog events = new EventLog(out);
    RetrySettings quickRetries =
        RetrySettings.builder().baseDelay(Duration.ofMillis(20)).maxAttempts(4).build();
    try (CrmConnector crm =
        FakeLogin.salesforce(fake)
            .options(ClientOptions.builder().retry(quickRetries).listener(events).build())
            .build()) {
      crm.authenticate().join();
      Tour tour = new Tour(crm, fake.faults(), events, out);
      String id =
          tour.step(
              "429 Too Many Requests, Retry-After: 1",
              f -> f.failNextWithRetryAfter(1, 429, Duration.ofSeconds(1)),
              c -> c.create("Contact", Map.of("LastName", "Hopper")).thenApply(r -> r.id()));
      tour.step(
          "503 Service Unavailable, twice", f -> f.failNext(2, 503), c -> c.get("Contact", id));
      tour.step(
          "expired access token",
          f -> f.expireTokensAfter(0),
          c -> c.update("Contact", id, Map.of("FirstName", "Grace")));
      tour.step(
          "connection dropped mid-response",
          f -> f.dropConnectionNext(1),
          c ->
              c.query(
                  Query.of("Contact")
                      .fields("FirstName")
                      .where("LastName", Query.Op.EQ, "Hopper")));
      return tour.finish();
    }
  }

  /** Runs the steps and keeps one verdict line per fault. */
  private static final class Tour {
    private final CrmConnector crm;
    private final Faults faults;
    private final EventLog events;
    private final PrintStream out;
    private final StringBuilder verdicts = new StringBuilder();
    private int unhandled;

    Tour(CrmConnector crm, Faults faults, EventLog events, PrintStream out) {
      this.crm = crm;
      this.faults = faults;
      this.events = events;
      this.out = out;
    }

    /** Injects a fault, runs the operation, and records whether it succeeded and how. */
    <T> T step(
        String fault,
        Consumer<Faults> inject,
        Function<CrmConnector, CompletableFuture<T>> operation) {
      out.println();
      out.println("== " + fault);
      EventLog.Counts before = events.counts();
      inject.accept(faults);
      T result = operation.apply(crm).join();
      EventLog.Counts handledBy = events.counts().minus(before);
      if (handledBy.isEmpty()) {
        unhandled++;
      }
      verdicts.append(String.format("%-38s -> succeeded after %s%n", fault, handledBy));
      return result;
    }

    int finish() {
      out.println();
      out.print(verdicts);
      out.println(unhandled == 0 ? "every fault was handled" : unhandled + " fault(s) unnoticed");
      return unhandled;
    }
  }
}
