package io.ikarus.connects.hubspot;

import static io.ikarus.connects.hubspot.FakeSetup.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Page;
import io.ikarus.connects.Query;
import io.ikarus.connects.Query.Op;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.testkit.FakeHubSpot;
import io.ikarus.connects.testkit.RecordedCall;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HubSpotQueryTest {

  private final FakeHubSpot fake = FakeHubSpot.builder().instantSearch().start();
  private final HubSpotConnector hubspot = FakeSetup.connector(fake).build();

  @AfterEach
  void close() {
    hubspot.close();
    fake.close();
  }

  @Test
  void readingTenThousandContactsTakesOneHundredListCallsAndNoSearch() {
    Set<String> inserted = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      inserted.add(fake.insert("contacts", Map.of("firstname", "n" + i)));
    }
    List<String> seen = new ArrayList<>();

    await(hubspot.forEach(Query.of("contacts").fields("firstname"), r -> seen.add(r.id())));

    assertThat(seen).hasSize(10_000).doesNotHaveDuplicates();
    assertThat(new HashSet<>(seen)).isEqualTo(inserted);
    assertThat(fake.journal().calls("GET", "/crm/v3/objects/contacts")).hasSize(100);
    assertThat(fake.journal().count()).isEqualTo(100);
  }

  @Test
  void aQueryByIdsIsOneBatchReadPerHundredIds() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      ids.add(fake.insert("deals", Map.of("dealname", "d" + i, "amount", Integer.toString(i))));
    }
    List<CrmRecord> seen = new ArrayList<>();
    Query byIds = Query.of("deals").fields("amount").where("hs_object_id", Op.IN, ids);

    await(hubspot.forEach(byIds, seen::add));

    assertThat(seen).extracting(CrmRecord::id).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(seen.get(0).fields().get("amount")).isInstanceOf(String.class);
    assertThat(fake.journal().count("POST", "/crm/v3/objects/deals/batch/read")).isEqualTo(2);
    assertThat(fake.journal().count()).isEqualTo(2);
  }

  @Test
  void streamingTwentyFiveThousandSearchResultsPassesTheTenThousandCap() {
    Set<String> inserted = new HashSet<>();
    for (int i = 0; i < 25_000; i++) {
      inserted.add(fake.insert("contacts", Map.of("firstname", "n" + i)));
    }
    List<String> seen = new ArrayList<>();

    await(
        hubspot.forEach(
            Query.of("contacts").where("firstname", Op.IS_NULL, false), r -> seen.add(r.id())));

    assertThat(seen).hasSize(25_000).doesNotHaveDuplicates();
    assertThat(new HashSet<>(seen)).isEqualTo(inserted);
    List<RecordedCall> searches = fake.journal().calls("POST", "/crm/v3/objects/contacts/search");
    assertThat(searches).hasSize(125).allMatch(c -> c.status() == 200);
  }

  @Test
  void filtersTranslateToSearchOperators() {
    String small = fake.insert("companies", Map.of("name", "Small", "numberofemployees", "5"));
    String big = fake.insert("companies", Map.of("name", "Big", "numberofemployees", "500"));
    String mid =
        fake.insert(
            "companies", Map.of("name", "Mid Corp", "numberofemployees", "50", "city", "Oslo"));

    assertThat(ids(Query.of("companies").where("numberofemployees", Op.GT, 10)))
        .containsExactly(big, mid);
    assertThat(ids(Query.of("companies").where("name", Op.IN, List.of("Small", "Big"))))
        .containsExactly(small, big);
    assertThat(ids(Query.of("companies").where("name", Op.CONTAINS, "corp"))).containsExactly(mid);
    assertThat(ids(Query.of("companies").where("city", Op.IS_NULL, true)))
        .containsExactly(small, big);
    assertThat(ids(Query.of("companies").where("name", Op.NE, "Big"))).containsExactly(small, mid);
    assertThat(ids(Query.of("companies").orderBy("numberofemployees", false)))
        .containsExactly(big, mid, small);
  }

  @Test
  void limitPageSizeAndFields() {
    for (int i = 0; i < 7; i++) {
      fake.insert("contacts", Map.of("firstname", "f" + i, "lastname", "l" + i));
    }

    Page page = await(hubspot.query(Query.of("contacts").fields("lastname").pageSize(3).limit(5)));
    Page second = await(page.next());

    assertThat(page.records()).hasSize(3);
    assertThat(page.records().get(0).fields()).containsOnlyKeys("lastname");
    assertThat(second.records()).hasSize(2);
    assertThat(second.hasNext()).isFalse();
  }

  @Test
  void refusesBadNamesBeforeAnyCall() {
    assertThatThrownBy(() -> await(hubspot.query(Query.of("contacts").where("x;y", Op.EQ, 1))))
        .isInstanceOf(ValidationException.class);
    assertThat(fake.journal().count()).isZero();
  }

  private List<String> ids(Query query) {
    return await(hubspot.query(query)).records().stream().map(CrmRecord::id).toList();
  }
}
