package io.ikarus.connects.pipedrive;

import static io.ikarus.connects.pipedrive.PipedriveFixture.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.BatchResult;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.error.ConflictException;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.testkit.FakePipedrive;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PipedriveWriteTest {

  @Test
  void upsertSearchesTheKeyExactlyThenUpdatesOrCreates() {
    try (PipedriveFixture f = PipedriveFixture.start()) {
      CrmRecord first =
          await(
              f.crm.upsert("persons", "email", Map.of("name", "Ada", "email", "ada@example.com")));
      CrmRecord second =
          await(
              f.crm.upsert(
                  "persons", "email", Map.of("name", "Ada K", "email", "ada@example.com")));
      assertThat(second.id()).isEqualTo(first.id());
      assertThat(f.fake.count("persons")).isEqualTo(1);
      assertThat(f.calls("GET", "/api/v2/persons/search")).hasSize(2);
      assertThat(f.calls("GET", "/api/v2/persons/search").get(0).query().get("fields"))
          .containsExactly("email");
      assertThat(f.calls("PATCH", "/api/v2/persons/" + first.id())).hasSize(1);
    }
  }

  @Test
  void upsertByAFieldSearchCannotSeeIsRefusedAndTwoExactMatchesAreAConflict() {
    try (PipedriveFixture f = PipedriveFixture.start()) {
      assertThatThrownBy(
              () ->
                  await(
                      f.crm.upsert(
                          "persons", "last_name", Map.of("last_name", "X", "first_name", "Y"))))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("last_name");
      f.fake.insert("deals", Map.of("title", "Twin"));
      f.fake.insert("deals", Map.of("title", "Twin"));
      assertThatThrownBy(() -> await(f.crm.upsert("deals", "title", Map.of("title", "Twin"))))
          .isInstanceOf(ConflictException.class);
    }
  }

  @Test
  void upsertByACustomFieldUsesItsHashInTheSearch() {
    try (PipedriveFixture f = PipedriveFixture.start()) {
      f.fake.addCustomField("deals", "External id", "varchar");
      CrmRecord a =
          await(f.crm.upsert("deals", "External id", Map.of("title", "A", "External id", "X-1")));
      CrmRecord b =
          await(f.crm.upsert("deals", "External id", Map.of("title", "B", "External id", "X-1")));
      assertThat(b.id()).isEqualTo(a.id());
      assertThat(f.calls("GET", "/api/v2/deals/search").get(0).query().get("fields"))
          .containsExactly("custom_fields");
    }
  }

  @Test
  void batchesStayInsideTheBurstWindowAndReportEachRecord() {
    FakePipedrive fake = FakePipedrive.builder().plan(FakePipedrive.Plan.LITE, 1).start();
    PipedriveConnector.Builder builder =
        PipedriveConnector.builder()
            .apiToken(fake.apiToken())
            .plan(PipedrivePlan.LITE, 1)
            .writeConcurrency(4);
    try (PipedriveFixture f = new PipedriveFixture(fake, builder)) {
      List<Map<String, Object>> deals = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        deals.add(i == 7 ? Map.of("title", "") : Map.of("title", "Deal " + i));
      }
      BatchResult result = await(f.crm.createAll("deals", deals));

      assertThat(result.failed()).extracting(r -> r.index()).containsExactly(7);
      assertThat(result.results()).hasSize(30);
      assertThat(f.crm.capabilities().maxBatchSize()).isEqualTo(4);
      assertThat(fake.journal().filter(c -> c.status() == 429)).isEmpty();
      assertThat(fake.count("deals")).isEqualTo(29);
    }
  }
}
