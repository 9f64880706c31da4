package io.ikarus.connects.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.error.ConflictException;
import io.ikarus.connects.error.NotFoundException;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.testkit.FakeSalesforce;
import io.ikarus.connects.testkit.RecordedCall;
import io.ikarus.connects.testkit.SObjectField;
import io.ikarus.connects.testkit.SObjectFieldType;
import io.ikarus.connects.testkit.SObjectSchema;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SalesforceRecordsTest {

  private final FakeSalesforce sf =
      FakeSalesforce.builder()
          .object(
              SObjectSchema.builder("Partner__c")
                  .keyPrefix("a01")
                  .field(SObjectField.builder("Name", SObjectFieldType.STRING).build())
                  .field(
                      SObjectField.builder("Code__c", SObjectFieldType.STRING).externalId().build())
                  .build())
          .start();
  private final SalesforceConnector crm = Fixtures.connector(sf);

  @AfterEach
  void close() {
    crm.close();
    sf.close();
  }

  @Test
  void createGetUpdateDeleteRoundTrip() {
    CrmRecord created =
        crm.create("Account", Map.of("Name", "Acme", "AnnualRevenue", new BigDecimal("1234567.89")))
            .join();
    assertThat(created.id()).hasSize(18).startsWith("001");

    CrmRecord read = crm.get("Account", created.id()).join();
    assertThat(read.field("Name")).isEqualTo("Acme");
    assertThat(read.field("AnnualRevenue")).isEqualTo(new BigDecimal("1234567.89"));
    assertThat(read.fields()).doesNotContainKey("attributes");
    assertThat(read.modifiedAt()).isNotNull();

    crm.update("Account", created.id(), Map.of("Name", "Acme Corp")).join();
    assertThat(sf.record("Account", created.id()).orElseThrow()).containsEntry("Name", "Acme Corp");
    RecordedCall patch = sf.journal().last();
    assertThat(patch.method()).isEqualTo("PATCH");
    assertThat(patch.path()).isEqualTo(sf.dataPath() + "/sobjects/Account/" + created.id());

    crm.delete("Account", created.id()).join();
    assertThat(sf.record("Account", created.id())).isEmpty();
    assertThatThrownBy(() -> crm.get("Account", created.id()).join())
        .hasCauseInstanceOf(NotFoundException.class);
  }

  @Test
  void upsertCreatesThenUpdatesByExternalId() {
    CrmRecord first =
        crm.upsert(
                "Lead",
                "External_Id__c",
                Map.of("External_Id__c", "L-1", "LastName", "Byron", "Company", "X"))
            .join();
    assertThat(sf.journal().last().status()).isEqualTo(201);
    assertThat(sf.journal().last().path())
        .isEqualTo(sf.dataPath() + "/sobjects/Lead/External_Id__c/L-1");
    assertThat(sf.journal().last().body()).doesNotContain("External_Id__c");

    CrmRecord second =
        crm.upsert(
                "Lead", "External_Id__c", Map.of("External_Id__c", "L-1", "LastName", "Lovelace"))
            .join();
    assertThat(second.id()).isEqualTo(first.id());
    assertThat(sf.journal().last().status()).isIn(200, 204);
    assertThat(sf.record("Lead", first.id()).orElseThrow()).containsEntry("LastName", "Lovelace");
  }

  @Test
  void externalIdsWithReservedOrNonAsciiCharactersArePercentEncodedInThePath() {
    String key = "A & B+C 100% \u00e9\u00fc";
    CrmRecord first =
        crm.upsert(
                "Lead",
                "External_Id__c",
                Map.of("External_Id__c", key, "LastName", "L", "Company", "C"))
            .join();
    CrmRecord again =
        crm.upsert("Lead", "External_Id__c", Map.of("External_Id__c", key, "LastName", "M")).join();

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(sf.journal().last().path()).startsWith(sf.dataPath() + "/sobjects/Lead/");
    assertThat(sf.record("Lead", first.id()).orElseThrow())
        .containsEntry("External_Id__c", key)
        .containsEntry("LastName", "M");
  }

  @Test
  void externalIdsThatCannotGoInAPathUpsertThroughCollections() {
    for (String key : List.of("A/B", "x@example.inc")) {
      CrmRecord first =
          crm.upsert(
                  "Lead",
                  "External_Id__c",
                  Map.of("External_Id__c", key, "LastName", "L", "Company", "C"))
              .join();
      CrmRecord again =
          crm.upsert("Lead", "External_Id__c", Map.of("External_Id__c", key, "LastName", "M"))
              .join();

      assertThat(again.id()).isEqualTo(first.id());
      assertThat(sf.journal().last().path())
          .isEqualTo(sf.dataPath() + "/composite/sobjects/Lead/External_Id__c");
      assertThat(sf.record("Lead", first.id()).orElseThrow())
          .containsEntry("External_Id__c", key)
          .containsEntry("LastName", "M");
    }
  }

  @Test
  void anUpsertAnsweredWith204ReadsTheIdByExternalId() {
    String id =
        sf.insert("Lead", Map.of("LastName", "Old", "Company", "X", "External_Id__c", "L-9"));
    // Older API versions answer an updating upsert with 204 and no body.
    sf.faults().respondNext(1, c -> c.method().equals("PATCH"), 204, "", Map.of());

    CrmRecord upserted =
        crm.upsert("Lead", "External_Id__c", Map.of("External_Id__c", "L-9", "LastName", "New"))
            .join();

    assertThat(upserted.id()).isEqualTo(id);
    RecordedCall lookup = sf.journal().last();
    assertThat(lookup.method()).isEqualTo("GET");
    assertThat(lookup.path()).isEqualTo(sf.dataPath() + "/sobjects/Lead/External_Id__c/L-9");
  }

  @Test
  void upsertMatchingSeveralRecordsIsAConflictNamingThem() {
    String a = sf.insert("Partner__c", Map.of("Name", "A", "Code__c", "dup"));
    String b = sf.insert("Partner__c", Map.of("Name", "B", "Code__c", "dup"));

    assertThatThrownBy(
            () -> crm.upsert("Partner__c", "Code__c", Map.of("Code__c", "dup", "Name", "C")).join())
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining(a)
        .hasMessageContaining(b);
  }

  @Test
  void invalidFieldsComeBackAsValidationErrorsWithFieldNames() {
    Map<String, Object> noLastName = new HashMap<>();
    noLastName.put("Company", "X");
    assertThatThrownBy(() -> crm.create("Lead", noLastName).join())
        .cause()
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).fields()).contains("LastName"))
        .satisfies(
            e ->
                assertThat(((ValidationException) e).vendorCode())
                    .isEqualTo("REQUIRED_FIELD_MISSING"));

    assertThatThrownBy(
            () -> crm.create("Lead", Map.of("LastName", "x", "Company", "y", "Bogus__c", 1)).join())
        .cause()
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Bogus__c");
  }

  @Test
  void describeReportsRequiredPicklistAndExternalIdFields() {
    var schema = crm.describe("Lead").join();
    assertThat(schema.requiredFields()).extracting(f -> f.name()).contains("LastName", "Company");
    assertThat(schema.requiredFields()).extracting(f -> f.name()).doesNotContain("Status", "Id");
    assertThat(schema.field("Status").orElseThrow().picklistValues())
        .contains("Open - Not Contacted");
    assertThat(schema.field("External_Id__c").orElseThrow().externalId()).isTrue();
    assertThat(schema.field("Id").orElseThrow().createable()).isFalse();
  }
}
