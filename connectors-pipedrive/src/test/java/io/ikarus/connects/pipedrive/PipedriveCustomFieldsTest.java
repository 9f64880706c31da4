package io.ikarus.connects.pipedrive;

import static io.ikarus.connects.pipedrive.PipedriveFixture.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.FieldType;
import io.ikarus.connects.ObjectSchema;
import io.ikarus.connects.error.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PipedriveCustomFieldsTest {

  private final PipedriveFixture f = PipedriveFixture.start();

  @AfterEach
  void stop() {
    f.close();
  }

  @Test
  void writesAndReadsCustomFieldsByNameNotHash() {
    String budget = f.fake.addCustomField("deals", "Budget", "double");
    String tier = f.fake.addCustomField("deals", "Tier", "enum", List.of("Gold", "Silver"));
    CrmRecord deal =
        await(f.crm.create("deals", Map.of("title", "Acme", "Budget", 5000, "Tier", "Gold")));

    Map<String, Object> stored = f.fake.record("deals", deal.id()).orElseThrow();
    Map<?, ?> custom = (Map<?, ?>) stored.get("custom_fields");
    assertThat(((Number) custom.get(budget)).intValue()).isEqualTo(5000);
    assertThat(custom.get(tier)).isInstanceOf(Number.class);

    CrmRecord read = await(f.crm.get("deals", deal.id()));
    assertThat(new BigDecimal(read.field("Budget").toString())).isEqualByComparingTo("5000");
    assertThat(read.field("Tier")).isEqualTo("Gold");
    assertThat(read.fields()).doesNotContainKey(budget);
  }

  @Test
  void leadsUseDealFieldsAtTheRootOfV1Bodies() {
    String budget = f.fake.addCustomField("deals", "Budget", "double");
    String person = f.fake.insert("persons", Map.of("name", "P"));
    CrmRecord lead =
        await(
            f.crm.create(
                "leads", Map.of("title", "L", "person_id", Long.parseLong(person), "Budget", 12)));
    assertThat(f.calls("POST", "/v1/leads").get(0).body()).contains("\"" + budget + "\":12");
    assertThat(await(f.crm.get("leads", lead.id())).field("Budget").toString()).isEqualTo("12");
  }

  @Test
  void aFieldCreatedAfterTheCacheWasLoadedIsFoundByReloadingOnce() {
    await(f.crm.describe("persons"));
    int fieldLoads = f.calls("GET", "/api/v2/personFields").size();
    String region = f.fake.addCustomField("persons", "Region", "varchar");

    CrmRecord p = await(f.crm.create("persons", Map.of("name", "Ada", "Region", "EMEA")));

    assertThat(f.calls("GET", "/api/v2/personFields")).hasSize(fieldLoads + 1);
    assertThat(await(f.crm.get("persons", p.id())).field("Region")).isEqualTo("EMEA");
    assertThat(f.fake.record("persons", p.id()).orElseThrow().get("custom_fields").toString())
        .contains(region);
  }

  @Test
  void aHashKeyInAResponseThatTheCacheLacksReloadsTheNames() {
    await(f.crm.describe("persons"));
    String region = f.fake.addCustomField("persons", "Region", "varchar");
    String id =
        f.fake.insert("persons", Map.of("name", "Ada", "custom_fields", Map.of(region, "APAC")));
    assertThat(await(f.crm.get("persons", id)).field("Region")).isEqualTo("APAC");
  }

  @Test
  void anUnknownNameIsRefusedAfterOneReloadNamingTheField() {
    assertThatThrownBy(() -> await(f.crm.create("persons", Map.of("name", "A", "Nope", 1))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Nope");
    assertThatThrownBy(() -> await(f.crm.create("deals", Map.of("title", "A", "Tier", "Bronze"))))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void describeListsStandardAndCustomFieldsByName() {
    f.fake.addCustomField("deals", "Tier", "enum", List.of("Gold", "Silver"));
    ObjectSchema schema = await(f.crm.describe("DEAL"));
    assertThat(schema.field("Tier").orElseThrow().type()).isEqualTo(FieldType.PICKLIST);
    assertThat(schema.field("Tier").orElseThrow().picklistValues())
        .containsExactly("Gold", "Silver");
    assertThat(schema.field("title").orElseThrow().externalId()).isTrue();
    assertThat(schema.field("id").orElseThrow().type()).isEqualTo(FieldType.ID);
  }
}
