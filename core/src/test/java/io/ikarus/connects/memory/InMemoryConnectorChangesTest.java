package io.ikarus.connects.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.Changes;
import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.error.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InMemoryConnectorChangesTest {

  // A frozen clock: every write happens in the same millisecond.
  private final InMemoryConnector crm =
      InMemoryConnector.builder()
          .clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
          .maxPageSize(2)
          .build();

  @Test
  void sameMillisecondWritesAreNeverLost() {
    String a = crm.create("Lead", Map.of("N", 1)).join().id();
    Changes first = crm.changesSince("Lead", Checkpoint.initial()).join();
    assertThat(first.upserts()).extracting(CrmRecord::id).containsExactly(a);

    String b = crm.create("Lead", Map.of("N", 2)).join().id();
    Changes second = crm.changesSince("Lead", first.checkpoint()).join();
    assertThat(second.upserts()).extracting(CrmRecord::id).containsExactly(b);
    assertThat(crm.changesSince("Lead", second.checkpoint()).join().isEmpty()).isTrue();
  }

  @Test
  void reportsLatestStateOnceAndTombstones() {
    String a = crm.create("Lead", Map.of("N", 1)).join().id();
    String b = crm.create("Lead", Map.of("N", 2)).join().id();
    Checkpoint cp = crm.changesSince("Lead", Checkpoint.initial()).join().checkpoint();

    crm.update("Lead", a, Map.of("N", 10)).join();
    crm.update("Lead", a, Map.of("N", 11)).join();
    crm.delete("Lead", b).join();

    Changes changes = crm.changesSince("Lead", cp).join();
    assertThat(changes.upserts())
        .singleElement()
        .satisfies(r -> assertThat(r.field("N")).isEqualTo(11));
    assertThat(changes.deletedIds()).containsExactly(b);
  }

  @Test
  void pagesChangesWithHasMore() {
    for (int i = 0; i < 5; i++) {
      crm.create("Lead", Map.of("N", i)).join();
    }
    Checkpoint cp = Checkpoint.initial();
    int seen = 0;
    Changes page;
    do {
      page = crm.changesSince("Lead", Checkpoint.parse(cp.asString())).join();
      seen += page.upserts().size();
      cp = page.checkpoint();
    } while (page.hasMore());
    assertThat(seen).isEqualTo(5);
  }

  @Test
  void checkpointsOfOtherObjectsDoNotHideChanges() {
    crm.create("Account", Map.of("N", 1)).join();
    Checkpoint leads = crm.changesSince("Lead", Checkpoint.initial()).join().checkpoint();
    crm.create("Lead", Map.of("N", 2)).join();
    assertThat(crm.changesSince("Lead", leads).join().upserts()).hasSize(1);
  }

  @Test
  void foreignCheckpointIsRefused() {
    assertThatThrownBy(() -> crm.changesSince("Lead", Checkpoint.parse("2024-01-01")).join())
        .cause()
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("not made by an in-memory connector");
    assertThatThrownBy(() -> crm.changesSince("Lead", Checkpoint.parse("99")).join())
        .cause()
        .hasMessageContaining("ahead");
  }
}
