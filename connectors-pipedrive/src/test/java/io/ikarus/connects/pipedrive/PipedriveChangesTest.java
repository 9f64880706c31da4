package io.ikarus.connects.pipedrive;

import static io.ikarus.connects.pipedrive.PipedriveFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.Changes;
import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.CrmRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PipedriveChangesTest {

  private final PipedriveFixture f = PipedriveFixture.start();
  private final List<CrmRecord> upserts = new ArrayList<>();
  private final List<String> deleted = new ArrayList<>();

  @AfterEach
  void stop() {
    f.close();
  }

  @Test
  void dealsArchivedOrDeletedBetweenRunsAreDeletions() {
    String kept = f.fake.insert("deals", Map.of("title", "Kept"));
    String archived = f.fake.insert("deals", Map.of("title", "Archived"));
    String removed = f.fake.insert("deals", Map.of("title", "Removed"));
    Checkpoint cp = drain("deals", Checkpoint.initial());
    assertThat(upserts).extracting(CrmRecord::id).containsExactly(kept, archived, removed);
    upserts.clear();

    f.fake.archive("deals", archived);
    f.fake.delete("deals", removed);
    await(f.crm.update("deals", kept, Map.of("title", "Kept 2")));
    drain("deals", cp);

    assertThat(upserts).extracting(CrmRecord::id).contains(kept).doesNotContain(archived, removed);
    assertThat(deleted).contains(archived, removed);
    assertThat(f.calls("GET", "/api/v2/deals/archived")).hasSize(1);
    assertThat(
            f.calls("GET", "/api/v2/deals").stream().filter(c -> c.query().containsKey("status")))
        .hasSize(1);
  }

  @Test
  void leadsArchivedBetweenRunsAreDeletions() {
    String person = f.fake.insert("persons", Map.of("name", "P"));
    String lead = f.fake.insert("leads", Map.of("title", "L", "person_id", Long.parseLong(person)));
    Checkpoint cp = drain("leads", Checkpoint.initial());
    f.fake.archive("leads", lead);
    drain("leads", cp);
    assertThat(deleted).containsExactly(lead);
  }

  @Test
  void aRunCoversAClosedWindowWithUpdatedSinceAndUntil() {
    f.fake.insert("persons", Map.of("name", "A"));
    Checkpoint cp = drain("persons", Checkpoint.initial());
    String later = f.fake.insert("persons", Map.of("name", "B"));
    upserts.clear();
    drain("persons", cp);
    assertThat(upserts).extracting(CrmRecord::id).contains(later);
    var calls = f.calls("GET", "/api/v2/persons");
    assertThat(calls.get(calls.size() - 1).query()).containsKeys("updated_since", "updated_until");
  }

  private Checkpoint drain(String object, Checkpoint from) {
    Checkpoint cp = from;
    for (int i = 0; i < 100; i++) {
      Changes c = await(f.crm.changesSince(object, cp));
      upserts.addAll(c.upserts());
      deleted.addAll(c.deletedIds());
      cp = c.checkpoint();
      if (!c.hasMore()) {
        return cp;
      }
    }
    throw new AssertionError("changesSince kept reporting hasMore");
  }
}
