package io.ikarus.connects.pipedrive;

import static io.ikarus.connects.pipedrive.PipedriveFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.Changes;
import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.testkit.FakePipedrive;
import io.ikarus.connects.testkit.MutableClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Pipedrive feed starts each run a lookback before the newest stamp it handed out: a record
 * whose update time is older than one already handed out (a slow request, visible late) is caught,
 * and nothing is handed out twice (the fixed 5-second overlap before handed some out again).
 */
class PipedriveChangeLookbackTest {

  private static final Instant T = Instant.parse("2025-03-01T10:00:00Z");

  private final MutableClock clock = MutableClock.at(T);
  private final FakePipedrive fake = FakePipedrive.builder().unlimited().clock(clock).start();
  private final PipedriveConnector crm = connector(null);
  private final List<CrmRecord> upserts = new ArrayList<>();
  private final List<String> deleted = new ArrayList<>();

  @AfterEach
  void close() {
    crm.close();
    fake.close();
  }

  @Test
  void aRecordStampedBeforeOneAlreadyHandedOutIsCaughtAndNothingComesTwice() {
    String late = fake.insert("persons", Map.of("name", "Late"));
    clock.set(T.plusSeconds(10));
    String early = fake.insert("persons", Map.of("name", "Early"));
    Checkpoint first = drain(crm, Checkpoint.initial());
    assertThat(upserts).extracting(CrmRecord::id).containsExactly(late, early);

    upserts.clear();
    Checkpoint quiet = drain(crm, first);
    assertThat(upserts).as("a run with no change in between").isEmpty();
    clock.set(T.plusSeconds(5));
    await(crm.update("persons", late, Map.of("name", "Late 2")));
    clock.set(T.plusSeconds(30));
    Checkpoint second = drain(crm, quiet);
    List<CrmRecord> caught = new ArrayList<>(upserts);
    upserts.clear();
    drain(crm, second);

    assertThat(caught)
        .as("stamped 5 s before the newest record handed out: inside the 1-minute lookback")
        .extracting(CrmRecord::id)
        .containsExactly(late);
    assertThat(upserts).isEmpty();
    assertThat(deleted).isEmpty();
  }

  @Test
  void withoutALookbackTheLateRecordIsMissed() {
    try (PipedriveConnector none = connector(Duration.ZERO)) {
      String late = fake.insert("persons", Map.of("name", "Late"));
      clock.set(T.plusSeconds(40));
      fake.insert("persons", Map.of("name", "Newer"));
      Checkpoint first = drain(none, Checkpoint.initial());
      clock.set(T.plusSeconds(20));
      await(none.update("persons", late, Map.of("name", "Late 2")));
      clock.set(T.plusSeconds(50));
      upserts.clear();

      drain(none, first);

      assertThat(upserts).extracting(CrmRecord::id).doesNotContain(late);
    }
  }

  private PipedriveConnector connector(Duration lookback) {
    PipedriveConnector.Builder b =
        PipedriveConnector.builder()
            .apiToken(fake.apiToken())
            .plan(PipedrivePlan.ULTIMATE, 1)
            .options(ClientOptions.builder().baseUrl(URI.create(fake.url())).clock(clock).build());
    return (lookback == null ? b : b.changeLookback(lookback)).build();
  }

  private Checkpoint drain(PipedriveConnector connector, Checkpoint from) {
    Checkpoint cp = from;
    for (int i = 0; i < 100; i++) {
      Changes c = await(connector.changesSince("persons", cp));
      upserts.addAll(c.upserts());
      deleted.addAll(c.deletedIds());
      cp = c.checkpoint();
      if (!c.hasMore()) {
        return cp;
      }
    }
    throw new AssertionError("the feed did not end");
  }
}
