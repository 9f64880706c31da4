package io.ikarus.connects.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.ikarus.connects.jdbc.JdbcSyncStateStore;
import io.ikarus.connects.sync.ScheduledJobStatus;
import io.ikarus.connects.sync.SyncDirection;
import io.ikarus.connects.sync.SyncJob;
import io.ikarus.connects.sync.SyncListener;
import io.ikarus.connects.sync.SyncReport;
import io.ikarus.connects.sync.SyncScheduler;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A sync job that runs every minute, its state in PostgreSQL: a Salesforce to HubSpot contact push
 * against the fakes, scheduled by {@link SyncScheduler}, with {@link JdbcSyncStateStore} on an
 * embedded PostgreSQL (a real server started from Maven Central binaries; in production, pass your
 * own pooled {@link DataSource}). Stop it with Ctrl-C; the run in progress finishes first.
 */
public final class ScheduledJdbcSync {

  private ScheduledJdbcSync() {}

  /** Runs until the JVM is stopped. */
  public static void main(String[] args) throws IOException {
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
        HikariDataSource ds = pool(pg);
        OfflineCrms crms = OfflineCrms.start()) {
      SyncScheduler scheduler = start(crms, ds, Duration.ofMinutes(1), System.out);
      Runtime.getRuntime().addShutdownHook(new Thread(scheduler::close));
      Thread.currentThread().join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Seeds three contacts and schedules the job every {@code interval}, printing each run. */
  static SyncScheduler start(OfflineCrms crms, DataSource ds, Duration interval, PrintStream out) {
    for (String name : new String[] {"Lovelace", "Hopper", "Turing"}) {
      crms.salesforceServer()
          .insert(
              "Contact", Map.of("LastName", name, "Email", name.toLowerCase() + "@example.com"));
    }
    SyncJob job =
        SyncJob.builder()
            .name("contacts-every-minute")
            .source(crms.salesforce(), "Contact")
            .target(crms.hubspot(), "contacts")
            .mapping(ContactMapping.salesforceToHubSpot())
            .direction(SyncDirection.PUSH)
            .matchOn("Email", "email")
            .stateStore(JdbcSyncStateStore.open(ds))
            .build();
    SyncScheduler scheduler = SyncScheduler.builder().jitter(0).listener(printer(out)).build();
    scheduler.schedule(job, interval);
    out.println("scheduled " + job.name() + " every " + interval + "; state in PostgreSQL");
    return scheduler;
  }

  /** One line per finished run, with the job's next run. */
  private static SyncListener printer(PrintStream out) {
    return new SyncListener() {
      @Override
      public void onFinish(SyncReport report) {
        out.printf(
            "%s: created %d, updated %d, failed %d%n",
            report.job(), report.created(), report.updated(), report.failed());
      }
    };
  }

  static HikariDataSource pool(EmbeddedPostgres pg) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
    config.setMaximumPoolSize(4);
    return new HikariDataSource(config);
  }

  /** How the job is doing, for the smoke test. */
  static ScheduledJobStatus status(SyncScheduler scheduler) {
    return scheduler.status("contacts-every-minute").orElseThrow();
  }
}
