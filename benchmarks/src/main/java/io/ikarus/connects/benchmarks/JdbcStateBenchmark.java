package io.ikarus.connects.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.jdbc.JdbcSyncStateStore;
import io.ikarus.connects.sync.PendingRecord;
import io.ikarus.connects.sync.SyncLink;
import io.ikarus.connects.sync.SyncSide;
import io.ikarus.connects.sync.SyncStateStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The JDBC sync state store on a real PostgreSQL (embedded, default durability settings): saving N
 * links in one call (a first run's links), then the state I/O of an incremental run that changed M
 * records on a table that holds the N links. Prints Markdown rows for {@code RESULTS.md}.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.ikarus.connects.benchmarks.JdbcStateBenchmark \
 *     [links, default 1000000] [changed, default 100000]
 * }</pre>
 */
public final class JdbcStateBenchmark {

  private JdbcStateBenchmark() {}

  /** Runs; args: number of links, number of changed records. */
  public static void main(String[] args) throws IOException {
    int links = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int changed = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    run(links, changed).forEach(System.out::println);
  }

  /** The Markdown rows of one run. */
  public static List<String> run(int links, int changed) throws IOException {
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
        HikariDataSource ds = pool(pg)) {
      SyncStateStore store = JdbcSyncStateStore.open(ds);
      List<String> rows = new ArrayList<>();
      List<SyncLink> all = IntStream.range(0, links).mapToObj(i -> link(i, "a")).toList();
      long t0 = System.nanoTime();
      store.saveLinks("bench", all);
      rows.add(row("saveLinks, one call (a first run's links)", links, t0));
      t0 = System.nanoTime();
      incrementalRun(store, links, changed);
      rows.add(
          row(
              "incremental run's state I/O, " + changed + " changed of " + links + " links",
              changed,
              t0));
      return rows;
    }
  }

  /**
   * The state calls of a run in which {@code changed} linked records changed on the source: read
   * checkpoints and pending, look the ids up on both sides, save their links, settle pending
   * records and save the checkpoints.
   */
  private static void incrementalRun(SyncStateStore store, int links, int changed) {
    store.checkpoint("bench", SyncSide.SOURCE);
    store.checkpoint("bench", SyncSide.TARGET);
    store.pending("bench");
    int step = Math.max(1, links / changed);
    List<Integer> picked =
        IntStream.range(0, changed).map(i -> (i * step) % links).boxed().toList();
    List<String> sources = picked.stream().map(i -> "s" + i).toList();
    List<String> targets = picked.stream().map(i -> "t" + i).toList();
    Map<String, SyncLink> found = store.links("bench", SyncSide.SOURCE, sources);
    store.links("bench", SyncSide.TARGET, targets);
    if (found.size() != changed) {
      throw new IllegalStateException("found " + found.size() + " of " + changed + " links");
    }
    store.saveLinks("bench", picked.stream().map(i -> link(i, "b")).toList());
    List<PendingRecord> retries =
        sources.subList(0, Math.min(100, changed)).stream()
            .map(id -> PendingRecord.retry(SyncSide.SOURCE, id))
            .toList();
    store.savePending("bench", retries);
    store.removePending("bench", retries);
    store.saveCheckpoint("bench", SyncSide.SOURCE, Checkpoint.parse("cursor-2"));
    store.saveCheckpoint("bench", SyncSide.TARGET, Checkpoint.parse("cursor-2"));
  }

  private static SyncLink link(int i, String version) {
    return new SyncLink(
        "s" + i,
        "t" + i,
        version + "-source-hash-" + i,
        version + "-target-hash-" + i,
        Map.of("Email", "c" + i + "@example.com", "LastName", "L" + i));
  }

  private static HikariDataSource pool(EmbeddedPostgres pg) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
    config.setMaximumPoolSize(4);
    return new HikariDataSource(config);
  }

  private static String row(String what, int n, long startNanos) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    return String.format(
        java.util.Locale.ROOT,
        "| JDBC state store: %s | %d | %.1f s | %,.0f/s |",
        what,
        n,
        seconds,
        n / seconds);
  }
}
