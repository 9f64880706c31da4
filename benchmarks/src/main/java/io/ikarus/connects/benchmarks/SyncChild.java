package io.ikarus.connects.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.auth.BearerTokenAuth;
import io.ikarus.connects.auth.OAuth2;
import io.ikarus.connects.hubspot.HubSpotConnector;
import io.ikarus.connects.jdbc.JdbcSyncStateStore;
import io.ikarus.connects.mapping.FieldMapping;
import io.ikarus.connects.mapping.Transforms;
import io.ikarus.connects.salesforce.SalesforceConnector;
import io.ikarus.connects.sync.InMemorySyncStateStore;
import io.ikarus.connects.sync.SyncDirection;
import io.ikarus.connects.sync.SyncJob;
import io.ikarus.connects.sync.SyncListener;
import io.ikarus.connects.sync.SyncReport;
import io.ikarus.connects.sync.SyncStateStore;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The child JVM of {@link SyncMemoryBenchmark}, started with a small heap: runs a first {@code
 * SyncJob} push from a FakeSalesforce into a FakeHubSpot hosted by the parent and prints one {@code
 * result created=.. wallNanos=.. peakHeap=.. liveHeap=.. error=..} line ({@code liveHeap}: the most
 * heap still in use right after a garbage collection).
 *
 * <p>The system property {@code window} sets the job's window. Arguments: {@code <salesforce url>
 * <client id> <client secret> <user> <password> <security token> <hubspot url> <hubspot token>
 * <hubspot burst> <store: memory | jdbc url>}.
 */
public final class SyncChild {

  private static final AtomicLong written = new AtomicLong();

  private SyncChild() {}

  /** Runs the sync; see the class description. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    long created = 0;
    String error = "none";
    long start = System.nanoTime();
    try (HeapSampler heap = HeapSampler.start();
        LiveHeap live = LiveHeap.start()) {
      progress(out);
      try {
        created = run(args);
      } catch (OutOfMemoryError | RuntimeException e) {
        created = written.get();
        Throwable cause = e;
        while (cause.getCause() != null) {
          cause = cause.getCause();
        }
        error = cause.getClass().getSimpleName();
        e.printStackTrace(out);
      }
      long wall = System.nanoTime() - start;
      out.printf(
          Locale.ROOT,
          "result created=%d wallNanos=%d peakHeap=%d liveHeap=%d error=%s%n",
          created,
          wall,
          heap.peak(),
          live.peak(),
          error);
    }
    System.exit(0);
  }

  private static long run(String[] a) {
    int burst = Integer.parseInt(a[8]);
    try (SalesforceConnector source =
            SalesforceConnector.builder()
                .auth(OAuth2.password(a[1], a[2], a[3], a[4], a[5]))
                .loginUrl(URI.create(a[0]))
                .build();
        HubSpotConnector target =
            HubSpotConnector.builder()
                .auth(BearerTokenAuth.of(a[7]))
                .burstLimit(burst, HubSpotFakes.WINDOW)
                .options(ClientOptions.builder().baseUrl(URI.create(a[6])).build())
                .build();
        Store store = Store.open(a[9])) {
      SyncJob job =
          SyncJob.builder()
              .name("benchmark")
              .source(source, "Contact")
              .target(target, "contacts")
              .mapping(
                  FieldMapping.builder()
                      .map("email", "Email", Transforms.email())
                      .map("firstname", "FirstName", Transforms.trim())
                      .map("lastname", "LastName", Transforms.trim())
                      .build())
              .direction(SyncDirection.PUSH)
              .matchOn("Email", "email")
              .stateStore(store.store)
              .listener(
                  new SyncListener() {
                    @Override
                    public void onProgress(int done, int total) {
                      written.set(done);
                    }
                  })
              .window(Integer.getInteger("window", SyncJob.DEFAULT_WINDOW))
              .build();
      SyncReport report = job.run().join();
      if (report.failed() > 0) {
        throw new IllegalStateException(
            report.failed() + " records failed; first: " + report.failures().get(0));
      }
      return report.target().created();
    }
  }

  private static void progress(PrintStream out) {
    Thread t =
        new Thread(
            () -> {
              while (true) {
                try {
                  Thread.sleep(5000);
                } catch (InterruptedException e) {
                  return;
                }
                out.println("progress rows=" + written.get());
              }
            },
            "progress");
    t.setDaemon(true);
    t.start();
  }

  /** The state store named on the command line, and what must be closed with it. */
  private record Store(SyncStateStore store, AutoCloseable resource) implements AutoCloseable {

    static Store open(String spec) {
      if (spec.equals("memory")) {
        return new Store(new InMemorySyncStateStore(), () -> {});
      }
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(spec);
      config.setMaximumPoolSize(4);
      HikariDataSource ds = new HikariDataSource(config);
      return new Store(JdbcSyncStateStore.open(ds), ds);
    }

    @Override
    public void close() {
      try {
        resource.close();
      } catch (Exception e) {
        throw new IllegalStateException("cannot close the state store", e);
      }
    }
  }
}
