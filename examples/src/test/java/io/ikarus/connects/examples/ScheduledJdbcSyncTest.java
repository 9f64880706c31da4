package io.ikarus.connects.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.ikarus.connects.sync.ScheduledJobStatus;
import io.ikarus.connects.sync.SyncScheduler;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The scheduled example, briefly: its first run syncs the fakes with state in PostgreSQL. */
class ScheduledJdbcSyncTest {

  @Test
  void theFirstRunPushesTheContactsAndTheNextIsAMinuteAway() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
        HikariDataSource ds = ScheduledJdbcSync.pool(pg);
        OfflineCrms crms = OfflineCrms.start()) {
      SyncScheduler scheduler = ScheduledJdbcSync.start(crms, ds, Duration.ofMinutes(1), out);
      CompletableFuture<ScheduledJobStatus> firstRun =
          CompletableFuture.supplyAsync(() -> awaitReport(scheduler));
      ScheduledJobStatus status = firstRun.get(2, TimeUnit.MINUTES);
      scheduler.close();

      assertThat(status.lastReport().created()).isEqualTo(3);
      assertThat(status.nextRun()).isAfter(Instant.now().plusSeconds(30));
      assertThat(crms.hubspotServer().count("contacts")).isEqualTo(3);
      assertThat(bytes.toString(StandardCharsets.UTF_8))
          .contains("contacts-every-minute: created 3, updated 0, failed 0");
    }
  }

  private static ScheduledJobStatus awaitReport(SyncScheduler scheduler) {
    while (true) {
      ScheduledJobStatus s = ScheduledJdbcSync.status(scheduler);
      if (s.lastReport() != null && s.nextRun() != null) {
        return s;
      }
      java.util.concurrent.locks.LockSupport.parkNanos(
          10_000_000); // polls the status the example exposes
    }
  }
}
