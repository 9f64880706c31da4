package io.ikarus.connects.pipedrive;

import static io.ikarus.connects.pipedrive.PipedriveFixture.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Page;
import io.ikarus.connects.Query;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.testkit.RecordedCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PipedriveQueryTest {

  private final PipedriveFixture f = PipedriveFixture.start();

  @AfterEach
  void stop() {
    f.close();
  }

  @Test
  void idFiltersBecomeListParametersSentEncoded() {
    String org = f.fake.insert("organizations", Map.of("name", "Acme"));
    String inOrg = f.fake.insert("persons", Map.of("name", "In", "org_id", Long.parseLong(org)));
    f.fake.insert("persons", Map.of("name", "Out"));

    List<String> ids = ids(Query.of("persons").where("org_id", Query.Op.EQ, Long.parseLong(org)));

    assertThat(ids).containsExactly(inOrg);
    RecordedCall call = f.calls("GET", "/api/v2/persons").get(0);
    assertThat(call.query().get("org_id")).containsExactly(org);
  }

  @Test
  void equalityOnASearchableFieldUsesExactSearchAndChecksCaseExactly() {
    String ada = f.fake.insert("persons", Map.of("name", "Ada O'Brien & Co"));
    f.fake.insert("persons", Map.of("name", "ada o'brien & co"));
    f.fake.insert("persons", Map.of("name", "Ada O'Brien & Co Ltd"));

    List<String> ids = ids(Query.of("persons").where("name", Query.Op.EQ, "Ada O'Brien & Co"));

    assertThat(ids).containsExactly(ada);
    RecordedCall search = f.calls("GET", "/api/v2/persons/search").get(0);
    assertThat(search.query().get("term")).containsExactly("Ada O'Brien & Co");
    assertThat(search.query().get("exact_match")).containsExactly("true");
  }

  @Test
  void pagesFollowCursorsWithThePageSizeAsLimit() {
    for (int i = 0; i < 7; i++) {
      f.fake.insert("deals", Map.of("title", "D" + i));
    }
    Page page = await(f.crm.query(Query.of("deals").pageSize(3)));
    List<String> titles = new ArrayList<>();
    while (true) {
      page.records().forEach(r -> titles.add((String) r.field("title")));
      if (!page.hasNext()) {
        break;
      }
      page = await(page.next());
    }
    assertThat(titles).containsExactly("D0", "D1", "D2", "D3", "D4", "D5", "D6");
    List<RecordedCall> calls = f.calls("GET", "/api/v2/deals");
    assertThat(calls).hasSize(3);
    assertThat(calls.get(1).query()).containsKey("cursor");
    assertThat(calls.get(0).query().get("limit")).containsExactly("3");
  }

  @Test
  void leadsPageByOffsetAndSortByUpdateTime() {
    String person = f.fake.insert("persons", Map.of("name", "P"));
    for (int i = 0; i < 3; i++) {
      f.fake.insert("leads", Map.of("title", "L" + i, "person_id", Long.parseLong(person)));
    }
    List<CrmRecord> leads = new ArrayList<>();
    await(f.crm.forEach(Query.of("LEAD").orderBy("update_time", true).pageSize(2), leads::add));
    assertThat(leads).hasSize(3);
    List<RecordedCall> calls = f.calls("GET", "/v1/leads");
    assertThat(calls.get(1).query().get("start")).containsExactly("2");
    assertThat(calls.get(0).query().get("sort")).containsExactly("update_time ASC");
  }

  @Test
  void sortingByAFieldPipedriveCannotSortByIsRefused() {
    assertThatThrownBy(() -> await(f.crm.query(Query.of("deals").orderBy("title", true))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("update_time");
  }

  private List<String> ids(Query query) {
    List<String> ids = new ArrayList<>();
    await(f.crm.forEach(query, r -> ids.add(r.id())));
    return ids;
  }
}
