package io.ikarus.connects.benchmarks;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.Query;
import io.ikarus.connects.auth.OAuth2;
import io.ikarus.connects.pipedrive.PipedriveConnector;
import io.ikarus.connects.pipedrive.PipedrivePlan;
import io.ikarus.connects.testkit.FakePipedrive;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes N persons to FakePipedrive with {@code createAll} and reads them back with a stream, as an
 * OAuth app on the Ultimate plan (480 requests per rolling 2 s, one seat: 210,000 tokens a day).
 * Pipedrive has no bulk write, so the floors are one call per person at the burst rate, and the
 * token cost (5 per create, 10 per list page of 500) against the daily budget.
 */
final class PipedriveScenario {

  static final int WRITE_CONCURRENCY = 16;
  private static final Duration WINDOW = Duration.ofSeconds(2);
  private static final PipedrivePlan PLAN = PipedrivePlan.ULTIMATE;

  private PipedriveScenario() {}

  /** The write row and the read row for {@code n} persons. */
  static List<ResultRow> run(HarnessOptions o, long n) {
    try (FakePipedrive fake =
            FakePipedrive.builder()
                .plan(FakePipedrive.Plan.ULTIMATE, 1)
                .cloudflareBlocking(false)
                .start();
        PipedriveConnector crm = connector(fake)) {
      fake.faults().latency(o.latency());
      crm.describe("persons").join();
      long before = crm.tokensUsedToday();
      List<ResultRow> rows = new ArrayList<>();
      rows.add(write(o, n, fake, crm));
      long written = crm.tokensUsedToday() - before;
      rows.add(read(o, n, fake, crm, written));
      return rows;
    }
  }

  private static ResultRow write(
      HarnessOptions o, long n, FakePipedrive fake, PipedriveConnector crm) {
    List<Map<String, Object>> persons = new ArrayList<>();
    for (long i = 0; i < n; i++) {
      persons.add(Map.of("name", "Person " + i, "email", "p" + i + "@example.com"));
    }
    fake.journal().clear();
    long tokens = crm.tokensUsedToday();
    Measurement sdk = Runs.sdk(fake.journal(), () -> crm.createAll("persons", persons).join());
    long cost = crm.tokensUsedToday() - tokens;
    int burst = PLAN.burst(true);
    Duration floor = Floors.time(n, burst, WINDOW, WRITE_CONCURRENCY, o.latency());
    String note =
        "one POST per person (no bulk write), OAuth Ultimate "
            + burst
            + "/2 s; tokens "
            + cost
            + " against a floor of "
            + n * 5
            + " (5 per create), "
            + pct(cost, PLAN.dailyBudget(1))
            + " of the one-seat daily budget; at the sustained rate alone: "
            + Report.sustained(Floors.sustained(n, burst, WINDOW), sdk);
    return new ResultRow("Pipedrive createAll persons", n, n, floor, sdk, null, note);
  }

  private static ResultRow read(
      HarnessOptions o, long n, FakePipedrive fake, PipedriveConnector crm, long written) {
    fake.journal().clear();
    long tokens = crm.tokensUsedToday();
    AtomicLong seen = new AtomicLong();
    Query all = Query.of("persons").pageSize(500);
    Measurement m =
        Runs.timed(() -> crm.forEach(all, r -> seen.incrementAndGet()).join(), v -> seen.get());
    long pages = (n + 499) / 500;
    Measurement sdk =
        m.withCalls(fake.journal().count(), Journals.throttled(fake.journal()))
            .withNote("calls: " + Journals.breakdown(fake.journal()));
    long cost = crm.tokensUsedToday() - tokens;
    String note =
        "list pages of 500 with cursors, one after another; tokens "
            + cost
            + " against a floor of "
            + pages * 10
            + " (10 per page); write and read together: "
            + (written + cost)
            + " tokens";
    return new ResultRow(
        "Pipedrive stream persons", n, pages, o.latency().multipliedBy(pages), sdk, null, note);
  }

  private static PipedriveConnector connector(FakePipedrive fake) {
    OAuth2 auth =
        OAuth2.refreshToken(fake.clientId(), fake.clientSecret(), fake.issueRefreshToken())
            .withBasicClientAuthentication()
            .withTokenEndpoint(URI.create(fake.tokenUrl()));
    return PipedriveConnector.builder()
        .auth(auth)
        .plan(PLAN, 1)
        .writeConcurrency(WRITE_CONCURRENCY)
        .options(ClientOptions.builder().baseUrl(URI.create(fake.url())).build())
        .build();
  }

  private static String pct(long part, long whole) {
    return String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }
}
