package io.ikarus.connects.synctests;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.sync.SyncReport;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 item 6 at sync level: HubSpot applies a batch of creates but its answer is lost (the
 * connection drops after processing). The run reports those records as outcome-unknown, not as
 * failed, and keeps their create intents; the next run finds the applied records through the
 * intents and links them instead of creating them again.
 */
class LostCreateAnswersSyncTest {

  private static final int ACCOUNTS = 150;

  @Test
  void createsWhoseAnswersWereLostAreNotFailedAndARerunCreatesNoDuplicate() {
    try (VendorPair p = new VendorPair()) {
      for (int i = 0; i < ACCOUNTS; i++) {
        p.sf.insert("Account", Map.of("Name", "Account " + i, "NumberOfEmployees", i));
      }
      // The first batch create is applied, then its connection drops.
      p.hs
          .faults()
          .dropConnectionNext(
              1, c -> c.method().equals("POST") && c.path().endsWith("/batch/create"));

      SyncReport first = p.run(p.job().build());

      assertThat(p.hs.count("companies")).as("companies the server holds").isEqualTo(ACCOUNTS);
      assertThat(first.failed()).as("failed records").isZero();
      assertThat(first.outcomeUnknown()).as("creates whose answer was lost").isPositive();
      assertThat(first.target().created() + first.outcomeUnknown()).isEqualTo(ACCOUNTS);
      assertThat(first.isQuiet()).isFalse();

      p.hs.faults().clear();
      SyncReport second = p.run(p.job().build());

      assertThat(p.hs.count("companies")).as("no duplicate company").isEqualTo(ACCOUNTS);
      assertThat(p.sf.count("Account")).as("no account created back").isEqualTo(ACCOUNTS);
      assertThat(second.failed()).isZero();
      assertThat(second.outcomeUnknown()).isZero();
      assertThat(second.created()).as("the applied creates are linked, not made again").isZero();

      SyncReport third = p.run(p.job().build());
      assertThat(third.isQuiet()).as("converged: %s", third).isTrue();
    }
  }
}
