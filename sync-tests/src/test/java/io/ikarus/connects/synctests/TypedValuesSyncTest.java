package io.ikarus.connects.synctests;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.mapping.FieldMapping;
import io.ikarus.connects.mapping.Transforms;
import io.ikarus.connects.sync.SyncJob;
import io.ikarus.connects.sync.SyncReport;
import io.ikarus.connects.sync.SyncSide;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Salesforce and HubSpot disagree on the form of every non-text value (HubSpot sends strings,
 * Salesforce numbers, booleans and its own datetime format); the sync compares, hashes and writes
 * them by field type, so a synced pair is quiet and an edit of any type arrives both ways.
 */
class TypedValuesSyncTest {

  private final VendorPair pair = new VendorPair();

  @AfterEach
  void close() {
    pair.close();
  }

  private static Map<String, Object> acme() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("Name", "Acme");
    m.put("NumberOfEmployees", 42);
    m.put("AnnualRevenue", new java.math.BigDecimal("1500000.50"));
    m.put("Discount__c", new java.math.BigDecimal("12.5"));
    m.put("Active__c", true);
    m.put("Founded__c", "2024-01-15");
    m.put("LastContact__c", "2024-01-15T10:30:00.000+0000");
    m.put("Type", "Partner");
    m.put("Description", "First customer");
    return m;
  }

  @Test
  void aSyncedPairIsQuietAndEditsOfEveryTypeArriveBothWays() {
    String sfId = pair.sf.insert("Account", acme());
    SyncJob job = pair.job().build();
    SyncReport first = pair.run(job);
    assertThat(first.failures()).isEmpty();
    assertThat(first.target().created()).isEqualTo(1);
    String hsId = linkedCompany(sfId);

    assertQuiet(pair.run(job));

    pair.salesforce
        .update(
            "Account",
            sfId,
            Map.of(
                "NumberOfEmployees",
                43,
                "AnnualRevenue",
                2.25,
                "Discount__c",
                7,
                "Active__c",
                false,
                "Founded__c",
                "2023-12-31",
                "LastContact__c",
                "2024-02-01T08:00:00.000Z",
                "Type",
                "Prospect",
                "Description",
                "Renewed"))
        .join();
    SyncReport forward = pair.run(job);
    assertThat(forward.failures()).isEmpty();
    assertThat(forward.target().updated()).isEqualTo(1);
    Map<String, String> company = pair.hs.record("companies", hsId).orElseThrow();
    assertThat(company)
        .containsEntry("numberofemployees", "43")
        .containsEntry("annualrevenue", "2.25")
        .containsEntry("discount", "7")
        .containsEntry("is_active", "false")
        .containsEntry("account_type", "Prospect")
        .containsEntry("description", "Renewed");
    assertQuiet(pair.run(job));

    pair.hubspot
        .update(
            "companies",
            hsId,
            Map.of(
                "numberofemployees", "44",
                "annualrevenue", "3000000.75",
                "discount", "0.5",
                "is_active", "true",
                "founded", "2022-06-30",
                "last_contact", "2024-03-01T09:15:00Z",
                "account_type", "Customer - Direct",
                "description", "Upsold"))
        .join();
    SyncReport back = pair.run(job);
    assertThat(back.failures()).isEmpty();
    assertThat(back.source().updated()).isEqualTo(1);
    Map<String, Object> account = pair.sf.record("Account", sfId).orElseThrow();
    assertThat(account.get("NumberOfEmployees")).hasToString("44");
    assertThat(new java.math.BigDecimal(account.get("AnnualRevenue").toString()))
        .isEqualByComparingTo("3000000.75");
    assertThat(new java.math.BigDecimal(account.get("Discount__c").toString()))
        .isEqualByComparingTo("0.5");
    assertThat(account.get("Active__c")).isEqualTo(true);
    assertThat(account.get("Founded__c")).hasToString("2022-06-30");
    assertThat(account.get("LastContact__c").toString()).startsWith("2024-03-01T09:15:00");
    assertThat(account.get("Type")).isEqualTo("Customer - Direct");
    assertThat(account.get("Description")).isEqualTo("Upsold");
    assertQuiet(pair.run(job));
  }

  /**
   * With {@code Transforms.toNumber()} the derived reverse turns a number into text; the value
   * written to Salesforce is still converted to its integer field's type, so a HubSpot edit arrives
   * instead of being refused as text.
   */
  @Test
  void aToNumberMappingCarriesAHubSpotEditBackAsANumber() {
    String sfId = pair.sf.insert("Account", Map.of("Name", "Acme", "NumberOfEmployees", 42));
    SyncJob job =
        pair.job()
            .mapping(
                FieldMapping.builder()
                    .map("name", "Name")
                    .map("numberofemployees", "NumberOfEmployees", Transforms.toNumber())
                    .build())
            .build();
    assertThat(pair.run(job).failures()).isEmpty();
    String hsId = linkedCompany(sfId);
    assertQuiet(pair.run(job));

    pair.hubspot.update("companies", hsId, Map.of("numberofemployees", "44")).join();
    SyncReport back = pair.run(job);
    assertThat(back.failures()).isEmpty();
    assertThat(back.source().updated()).isOne();
    assertThat(pair.sf.record("Account", sfId).orElseThrow().get("NumberOfEmployees"))
        .hasToString("44");
    assertQuiet(pair.run(job));
  }

  private String linkedCompany(String accountId) {
    assertThat(pair.hs.count("companies")).isEqualTo(1);
    return pair.store
        .links("accounts", SyncSide.SOURCE, List.of(accountId))
        .get(accountId)
        .targetId();
  }

  private static void assertQuiet(SyncReport report) {
    assertThat(report.failures()).isEmpty();
    assertThat(report.isQuiet()).as("quiet: %s", report).isTrue();
  }
}
