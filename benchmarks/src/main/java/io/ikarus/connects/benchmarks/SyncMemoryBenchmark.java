package io.ikarus.connects.benchmarks;

import io.ikarus.connects.testkit.FakeHubSpot;
import io.ikarus.connects.testkit.FakeSalesforce;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * The memory of a first {@code SyncJob}: N Salesforce Contacts pushed into an empty HubSpot by a
 * {@link SyncChild} JVM with a given {@code -Xmx}, while this JVM hosts the fakes (with latency and
 * HubSpot's real burst limit) and, for the JDBC store, an embedded PostgreSQL, so that their memory
 * is not counted. Prints one Markdown row for {@code RESULTS.md}.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.ikarus.connects.benchmarks.SyncMemoryBenchmark \
 *     [records, default 100000] [child heap, default 256m] [store: memory | jdbc] \
 *     [latency ms, default 40] [hubspot burst per 10 s, default 190] [stamps: spread | instant]
 * }</pre>
 *
 * <p>By default the Contacts are stamped a second apart (reading the fake's clock moves it one
 * second while seeding), as records an org made over weeks are. With {@code instant} they are
 * stamped as fast as they are inserted, all within seconds: then the Salesforce change feed's
 * lookback must remember every one of them, in its checkpoint too.
 */
public final class SyncMemoryBenchmark {

  private SyncMemoryBenchmark() {}

  /** Runs once; see the class description for the arguments. */
  public static void main(String[] args) {
    long n = args.length > 0 ? Long.parseLong(args[0]) : 100_000;
    String heap = args.length > 1 ? args[1] : "256m";
    String store = args.length > 2 ? args[2] : "memory";
    String latency = args.length > 3 ? args[3] : "40";
    String burst = args.length > 4 ? args[4] : "190";
    boolean spread = args.length <= 5 || args[5].equals("spread");
    HarnessOptions o = HarnessOptions.parse("--latency-ms", latency, "--hubspot-burst", burst);
    System.out.println(run(o, n, heap, store, spread));
    System.exit(0);
  }

  /** The Markdown row of one run. */
  static String run(HarnessOptions o, long n, String heap, String store, boolean spread) {
    SeedClock clock = new SeedClock(spread ? 4 * n : 0, Duration.ofSeconds(spread ? 1 : 0));
    clock.seeding(spread);
    try (FakeSalesforce sf =
            FakeSalesforce.builder()
                .clock(clock)
                .dailyApiLimit(SalesforceFakes.DAILY_API_LIMIT)
                .bulkPollsBeforeComplete(0)
                .start();
        FakeHubSpot hs = HubSpotFakes.start(o);
        EmbeddedPostgres pg = store.equals("jdbc") ? EmbeddedPostgres.builder().start() : null) {
      sf.faults().latency(o.latency());
      SyncScenario.seed(sf, n);
      clock.seeding(false);
      String spec = pg == null ? "memory" : pg.getJdbcUrl("postgres", "postgres");
      Map<String, String> r =
          ChildJvm.run(
              SyncChild.class,
              heap,
              Duration.ofSeconds(300 + n / 100),
              sf.url(),
              sf.clientId(),
              sf.clientSecret(),
              sf.username(),
              sf.password(),
              sf.securityToken(),
              hs.url(),
              hs.privateAppToken(),
              Integer.toString(o.hubSpotBurst()),
              spec);
      long writes = Floors.calls(n, HubSpotFakes.MAX_BATCH, 0);
      Duration floor =
          Floors.time(
              writes,
              o.hubSpotBurst(),
              HubSpotFakes.WINDOW,
              SalesforcePush.CONCURRENCY,
              o.latency());
      Duration sustained = Floors.sustained(writes, o.hubSpotBurst(), HubSpotFakes.WINDOW);
      boolean timedOut = r.containsKey("timedOut");
      double wall = timedOut ? Double.NaN : Long.parseLong(r.get("wallNanos")) / 1e9;
      return String.format(
          Locale.ROOT,
          "| SyncJob first push, %s store, stamps %s, -Xmx%s | %d | %s | %s | %.1f s | %.1f s / %.1f s |"
              + " %.2f / %.2f | %s | %s | %d calls |",
          store,
          spread ? "spread" : "instant",
          heap,
          n,
          r.getOrDefault("created", r.get("rows")),
          timedOut ? "stopped at the time limit" : r.get("error"),
          wall,
          floor.toMillis() / 1e3,
          sustained.toMillis() / 1e3,
          wall / (floor.toMillis() / 1e3),
          wall / (sustained.toMillis() / 1e3),
          mb(r.get("peakHeap")),
          mb(r.get("liveHeap")),
          sf.journal().count() + hs.journal().count());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
    }
  }

  private static String mb(String bytes) {
    return bytes == null ? "-" : Long.parseLong(bytes) / (1024 * 1024) + " MB";
  }
}
