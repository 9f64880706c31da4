package io.ikarus.connects.generic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.Changes;
import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Page;
import io.ikarus.connects.Query;
import io.ikarus.connects.error.NotFoundException;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.generic.fakes.CloseFake;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The shipped Close preset against a strict fake of Close's documented shapes. */
class ClosePresetTest {

  private final CloseFake fake = new CloseFake();
  private final RestConnector close =
      RestConnector.builder()
          .preset("close")
          .secret("apiKey", CloseFake.KEY)
          .options(ClientOptions.builder().baseUrl(URI.create(fake.url() + "/api/v1")).build())
          .build();

  @AfterEach
  void stop() {
    close.close();
    fake.close();
  }

  @Test
  void crudWithBasicKeyAndTrailingSlashes() {
    CrmRecord created =
        close.create("opportunity", Map.of("lead_id", "lead_1", "note", "hi")).join();
    assertThat(created.id()).startsWith("oppo_");
    close.update("opportunity", created.id(), Map.of("note", "changed")).join();
    assertThat(close.get("opportunity", created.id()).join().field("note")).isEqualTo("changed");
    assertThat(close.get("opportunity", created.id()).join().modifiedAt()).isNotNull();
    close.delete("opportunity", created.id()).join();
    assertThatThrownBy(() -> close.get("opportunity", created.id()).join())
        .hasCauseInstanceOf(NotFoundException.class);
  }

  @Test
  void pagesWithSkipAndLimitUntilHasMoreIsFalse() {
    for (int i = 0; i < 120; i++) {
      close.create("opportunity", Map.of("lead_id", "lead_2", "note", "n" + i)).join();
    }
    close.create("opportunity", Map.of("lead_id", "lead_other")).join();
    List<String> ids = new ArrayList<>();
    Page page =
        close
            .query(Query.of("opportunity").where("lead_id", Query.Op.EQ, "lead_2").pageSize(50))
            .join();
    int pages = 1;
    page.records().forEach(r -> ids.add(r.id()));
    while (page.hasNext()) {
      page = page.next().join();
      pages++;
      page.records().forEach(r -> ids.add(r.id()));
    }
    assertThat(ids).hasSize(120).doesNotHaveDuplicates();
    assertThat(pages).isEqualTo(3);
    assertThat(fake.paths()).anyMatch(p -> p.contains("/opportunity/"));
  }

  @Test
  void changesReadTheWatermarkAndTheEventLog() {
    CrmRecord a = close.create("opportunity", Map.of("lead_id", "lead_3")).join();
    CrmRecord b = close.create("opportunity", Map.of("lead_id", "lead_3")).join();
    Checkpoint cp = drain(Checkpoint.initial(), new ArrayList<>(), new ArrayList<>());
    close.update("opportunity", a.id(), Map.of("note", "later")).join();
    close.delete("opportunity", b.id()).join();

    List<CrmRecord> upserts = new ArrayList<>();
    List<String> deleted = new ArrayList<>();
    drain(cp, upserts, deleted);

    assertThat(upserts).extracting(CrmRecord::id).contains(a.id());
    assertThat(deleted).containsExactly(b.id());
    assertThat(close.capabilities().trackedDeletes()).isTrue();
  }

  @Test
  void pageSizeIsCappedAndAMissingLeadIsAValidationError() {
    close.create("opportunity", Map.of("lead_id", "lead_4")).join();
    assertThat(close.query(Query.of("opportunity").pageSize(500)).join().records()).hasSize(1);
    assertThatThrownBy(() -> close.create("opportunity", Map.of("note", "no lead")).join())
        .hasCauseInstanceOf(ValidationException.class);
  }

  private Checkpoint drain(Checkpoint from, List<CrmRecord> upserts, List<String> deleted) {
    Checkpoint cp = from;
    for (int i = 0; i < 100; i++) {
      Changes c = close.changesSince("opportunity", cp).join();
      upserts.addAll(c.upserts());
      deleted.addAll(c.deletedIds());
      cp = c.checkpoint();
      if (!c.hasMore()) {
        return cp;
      }
    }
    throw new AssertionError("changes never ended");
  }
}
