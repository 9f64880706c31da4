package io.ikarus.connects.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.Changes;
import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.testkit.FakeSalesforce;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SalesforceChangesTest {

  private final FakeSalesforce sf = FakeSalesforce.start();
  private final SalesforceConnector crm = Fixtures.connector(sf);

  @AfterEach
  void close() {
    crm.close();
    sf.close();
  }

  @Test
  void reportsUpdatesAndDeletionsSinceTheCheckpoint() {
    String a = sf.insert("Contact", Map.of("LastName", "A"));
    String b = sf.insert("Contact", Map.of("LastName", "B"));
    String c = sf.insert("Contact", Map.of("LastName", "C"));

    Changes first = crm.changesSince("Contact", Checkpoint.initial()).join();
    assertThat(first.upserts()).extracting(CrmRecord::id).containsExactly(a, b, c);
    assertThat(first.deletedIds()).isEmpty();
    assertThat(first.hasMore()).isFalse();

    crm.update("Contact", b, Map.of("Title", "changed")).join();
    crm.delete("Contact", c).join();
    Checkpoint saved = Checkpoint.parse(first.checkpoint().asString());

    Changes second = crm.changesSince("Contact", saved).join();
    assertThat(second.upserts()).extracting(CrmRecord::id).containsExactly(b);
    assertThat(second.upserts().get(0).field("Title")).isEqualTo("changed");
    assertThat(second.deletedIds()).containsExactly(c);
    assertThat(sf.journal().last().path()).isEqualTo(sf.dataPath() + "/queryAll");

    Changes third = crm.changesSince("Contact", second.checkpoint()).join();
    assertThat(third.isEmpty()).isTrue();
  }

  @Test
  void pagesThroughLargeChangeSetsWithHasMore() {
    for (int i = 0; i < 2_500; i++) {
      sf.insert("Contact", Map.of("LastName", "L" + i));
    }
    Set<String> ids = new HashSet<>();
    Checkpoint checkpoint = Checkpoint.initial();
    int calls = 0;
    Changes changes;
    do {
      changes = crm.changesSince("Contact", checkpoint).join();
      changes.upserts().forEach(r -> assertThat(ids.add(r.id())).isTrue());
      checkpoint = changes.checkpoint();
      calls++;
    } while (changes.hasMore());

    assertThat(ids).hasSize(2_500);
    assertThat(calls).isGreaterThan(1);
    assertThat(crm.changesSince("Contact", checkpoint).join().isEmpty()).isTrue();
  }
}
