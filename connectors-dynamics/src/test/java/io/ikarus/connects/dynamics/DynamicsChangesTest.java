package io.ikarus.connects.dynamics;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.Changes;
import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.testkit.FakeDynamics;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DynamicsChangesTest {

  private final FakeDynamics fake = DynamicsFixture.start();
  private final DynamicsConnector crm = DynamicsFixture.secret(fake, null).pageSize(2).build();

  @AfterEach
  void stop() {
    crm.close();
    fake.close();
  }

  @Test
  void trackedChangesPageThenReportUpdatesCreatesAndDeletions() {
    String a = fake.insert("contacts", Map.of("lastname", "A"));
    String b = fake.insert("contacts", Map.of("lastname", "B"));
    fake.insert("contacts", Map.of("lastname", "C"));

    Changes first = crm.changesSince("contacts", Checkpoint.initial()).join();
    assertThat(first.upserts()).hasSize(2);
    assertThat(first.hasMore()).isTrue();
    Changes second = crm.changesSince("contacts", first.checkpoint()).join();
    assertThat(second.upserts()).hasSize(1);
    assertThat(second.hasMore()).isFalse();
    Checkpoint stored = Checkpoint.parse(second.checkpoint().asString());

    crm.update("contacts", a, Map.of("firstname", "Ada")).join();
    crm.delete("contacts", b).join();
    String d = crm.create("contacts", Map.of("lastname", "D")).join().id();
    Changes delta = crm.changesSince("contacts", stored).join();
    assertThat(delta.hasMore()).as("three changes in pages of two").isTrue();
    Changes rest = crm.changesSince("contacts", delta.checkpoint()).join();

    assertThat(delta.upserts()).extracting(CrmRecord::id).containsExactlyInAnyOrder(a, d);
    assertThat(delta.upserts())
        .filteredOn(r -> r.id().equals(a))
        .first()
        .satisfies(r -> assertThat(r.field("fullname")).isEqualTo("Ada A"));
    assertThat(rest.upserts()).isEmpty();
    assertThat(rest.deletedIds()).containsExactly(b);
    assertThat(rest.hasMore()).isFalse();
    assertThat(fake.journal().last().header("Prefer")).contains("odata.track-changes");
    assertThat(crm.changesSince("contacts", rest.checkpoint()).join().isEmpty()).isTrue();
  }
}
