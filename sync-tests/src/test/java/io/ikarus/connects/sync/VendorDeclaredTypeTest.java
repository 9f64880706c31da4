package io.ikarus.connects.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.FieldSchema;
import io.ikarus.connects.FieldType;
import io.ikarus.connects.Query;
import io.ikarus.connects.mapping.FieldMapping;
import io.ikarus.connects.synctests.VendorPair;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/**
 * A HubSpot text property that holds datetimes (HubSpot's schema says string), synced with a
 * Salesforce datetime field: the mapping JSON declares the property's {@code "type": "datetime"},
 * so the sync compares and hashes both sides' values as instants ({@code 2024-01-15T10:30:00Z} and
 * Salesforce's {@code 2024-01-15T10:30:00.000+0000} are one value) and writes instants to it.
 */
class VendorDeclaredTypeTest {

  private static final String MAPPING =
      """
      {"name": "Name",
       "contacted_text": {"from": "LastContact__c", "type": "datetime"}}
      """;

  private static VendorPair pair() {
    VendorPair p = new VendorPair();
    p.hubspot
        .createProperty(
            "companies", FieldSchema.of("contacted_text", FieldType.STRING), "companyinformation")
        .join();
    p.hs.insert("companies", Map.of("name", "Ada", "contacted_text", "2024-01-15T10:30:00Z"));
    return p;
  }

  private static SyncJob job(VendorPair p) {
    return p.job().mapping(FieldMapping.fromJson(MAPPING)).build();
  }

  @Test
  void aDatetimeInATextPropertyComparesAsAnInstantBothWays() {
    try (VendorPair p = pair()) {
      SyncJob job = job(p);
      SyncReport first = p.run(job);
      assertThat(first.failures()).isEmpty();
      assertThat(first.source().created()).isOne();
      assertThat(p.run(job).isQuiet()).as("Salesforce's form of the same instant").isTrue();

      String companyId = onlyId(p, "companies");
      p.hubspot
          .update("companies", companyId, Map.of("contacted_text", "2024-01-15T11:30:00+01:00"))
          .join();
      SyncReport sameInstant = p.run(job);
      assertThat(sameInstant.isQuiet()).as("same instant, other offset: %s", sameInstant).isTrue();

      String accountId = onlyId(p, "Account");
      p.salesforce
          .update("Account", accountId, Map.of("LastContact__c", "2024-02-01T08:00:00.000+0000"))
          .join();
      assertThat(p.run(job).target().updated()).isOne();
      String written = p.hs.record("companies", companyId).orElseThrow().get("contacted_text");
      assertThat(instant(written)).isEqualTo(Instant.parse("2024-02-01T08:00:00Z"));
      assertThat(p.run(job).isQuiet()).isTrue();
    }
  }

  @Test
  void aCrashedCreateIsFoundAgainByItsTypedHashWithoutMatchOn() {
    int crashes = 0;
    for (int k = 1; ; k++) {
      boolean crashed = false;
      for (boolean after : new boolean[] {false, true}) {
        try (VendorPair p = pair()) {
          SyncStateStore real = p.store;
          p.store = new CrashingStateStore(real, k, after);
          try {
            p.run(job(p));
          } catch (CompletionException e) {
            assertThat(e.getCause()).isInstanceOf(CrashingStateStore.Crash.class);
            crashed = true;
            crashes++;
          }
          p.store = real;
          assertThat(p.run(job(p)).failures()).isEmpty();
          assertThat(p.sf.count("Account")).as("crash %d after=%s", k, after).isOne();
          assertThat(p.hs.count("companies")).isOne();
          SyncReport again = p.run(job(p));
          assertThat(again.isQuiet()).as("quiet after crash %d: %s", k, again).isTrue();
        }
      }
      if (!crashed) {
        break;
      }
    }
    assertThat(crashes).as("state changes crashed around").isGreaterThanOrEqualTo(2);
  }

  private static String onlyId(VendorPair p, String object) {
    var crm = object.equals("Account") ? p.salesforce : p.hubspot;
    List<String> ids =
        crm.query(Query.of(object)).join().records().stream().map(r -> r.id()).toList();
    assertThat(ids).hasSize(1);
    return ids.get(0);
  }

  private static Instant instant(String v) {
    return v.matches("\\d+")
        ? Instant.ofEpochMilli(Long.parseLong(v))
        : OffsetDateTime.parse(v).toInstant();
  }
}
