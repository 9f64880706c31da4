package io.ikarus.connects.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Query;
import io.ikarus.connects.testkit.FakeHubSpot;
import io.ikarus.connects.testkit.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code getAll} is HubSpot's batch read: 100 ids a call, every property, consistent with writes
 * (the search index may still lag), ids HubSpot does not know left out.
 */
class HubSpotGetAllTest {

  private static final String BATCH_READ = "/crm/v3/objects/contacts/batch/read";

  private final MutableClock clock = MutableClock.at(Instant.parse("2025-03-01T10:00:00Z"));
  private final FakeHubSpot fake = FakeHubSpot.builder().sampleData(false).clock(clock).start();
  private final HubSpotConnector hubspot = FakeSetup.connector(fake).build();

  @AfterEach
  void close() {
    hubspot.close();
    fake.close();
  }

  @Test
  void readsAHundredIdsACallAndLeavesOutUnknownOnes() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      ids.add(fake.insert("contacts", Map.of("email", "c" + i + "@example.com")));
    }
    ids.add("999999999");
    fake.journal().clear();

    Map<String, CrmRecord> found = hubspot.getAll("contacts", ids).join();

    assertThat(found).hasSize(150).doesNotContainKey("999999999");
    assertThat(found.get(ids.get(120)).field("email")).isEqualTo("c120@example.com");
    assertThat(fake.journal().calls("POST", BATCH_READ)).hasSize(2);
    assertThat(fake.journal().count())
        .as("two batch reads and the properties read once")
        .isEqualTo(3);
  }

  @Test
  void seesAnUpdateTheSearchIndexDoesNotShowYet() {
    String id = fake.insert("contacts", Map.of("email", "ada@example.com", "firstname", "Ada"));
    clock.advance(FakeHubSpot.DEFAULT_SEARCH_LAG.plusSeconds(1));
    hubspot.update("contacts", id, Map.of("firstname", "Augusta")).join();

    CrmRecord searched =
        hubspot
            .query(Query.of("contacts").where("email", Query.Op.EQ, "ada@example.com"))
            .join()
            .records()
            .get(0);
    Map<String, CrmRecord> read = hubspot.getAll("contacts", List.of(id)).join();

    assertThat(searched.field("firstname")).as("the lagging index").isEqualTo("Ada");
    assertThat(read.get(id).field("firstname")).isEqualTo("Augusta");
    assertThat(read.get(id).fields()).as("every property, as get reads").containsKey("lastname");
  }
}
