package io.ikarus.connects.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.BatchResult;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.error.ConnectionException;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.testkit.FakeSalesforce;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SalesforceBatchTest {

  private final FakeSalesforce sf = FakeSalesforce.builder().shuffleBulkResults(true).start();

  @AfterEach
  void close() {
    sf.close();
  }

  private static List<Map<String, Object>> leads(int n) {
    return leads(n, "ext-");
  }

  private static List<Map<String, Object>> leads(int n, String keyPrefix) {
    List<Map<String, Object>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Map<String, Object> m = new HashMap<>();
      m.put("LastName", "Lead " + i);
      m.put("Company", "Company, \"" + i + "\"\nInc.");
      m.put("External_Id__c", keyPrefix + i);
      out.add(m);
    }
    return out;
  }

  private int collectionCalls() {
    return sf.journal().count("POST", sf.dataPath() + "/composite/sobjects");
  }

  @Test
  void aJobStillInProgressIsPolledAgainUntilCompleteAndNoFailedResultsAreRead() {
    try (FakeSalesforce slow = FakeSalesforce.builder().bulkPollsBeforeComplete(3).start();
        SalesforceConnector crm =
            Fixtures.connector(
                slow, b -> b.bulkThreshold(1).bulkPollInterval(Duration.ofMillis(1)))) {
      BatchResult result = crm.upsertAll("Lead", "External_Id__c", leads(10)).join();

      assertThat(result.allSucceeded()).isTrue();
      String jobs = slow.dataPath() + "/jobs/ingest/";
      assertThat(
              slow.journal()
                  .filter(
                      c ->
                          c.method().equals("GET")
                              && c.path().startsWith(jobs)
                              && c.path().indexOf('/', jobs.length()) < 0))
          .hasSize(4);
      assertThat(slow.journal().filter(c -> c.path().endsWith("/failedResults/"))).isEmpty();
      assertThat(slow.count("Lead")).isEqualTo(10);
    }
  }

  @Test
  void tenThousandBelowTheThresholdTakeFiftyCollectionCalls() {
    try (SalesforceConnector crm = Fixtures.connector(sf, b -> b.bulkThreshold(10_000))) {
      BatchResult result = crm.createAll("Lead", leads(10_000)).join();

      assertThat(result.allSucceeded()).isTrue();
      assertThat(collectionCalls()).isEqualTo(50);
      assertThat(sf.journal().filter(c -> c.path().contains("/composite/sobjects")))
          .allSatisfy(c -> assertThat(c.records()).isEqualTo(200));
      assertThat(sf.journal().count("POST", sf.dataPath() + "/jobs/ingest")).isZero();
      assertThat(result.apiCalls()).isEqualTo(50);
      assertThat(sf.count("Lead")).isEqualTo(10_000);
    }
  }

  @Test
  void tenThousandAboveTheThresholdRunOneBulkJobInInputOrder() {
    try (SalesforceConnector crm = Fixtures.connector(sf, b -> b.bulkThreshold(2_000))) {
      List<Map<String, Object>> input = leads(10_000);
      BatchResult result = crm.createAll("Lead", input).join();

      assertThat(result.allSucceeded()).isTrue();
      assertThat(sf.journal().count("POST", sf.dataPath() + "/jobs/ingest")).isEqualTo(1);
      assertThat(sf.journal().count("PUT", sf.dataPath() + "/jobs/ingest")).isEqualTo(1);
      assertThat(collectionCalls()).isZero();
      assertThat(sf.journal().filter(c -> c.path().endsWith("/failedResults/"))).isEmpty();
      assertThat(sf.journal().filter(c -> c.path().endsWith("/successfulResults/"))).hasSize(1);
      assertThat(result.apiCalls())
          .isEqualTo(sf.journal().filter(c -> c.path().startsWith(sf.dataPath())).size());
      for (int i = 0; i < input.size(); i += 997) {
        String id = result.results().get(i).id();
        assertThat(sf.record("Lead", id).orElseThrow()).containsEntry("LastName", "Lead " + i);
      }
    }
  }

  @Test
  void invalidRecordsFailAloneAndKeepTheirPlace() {
    for (int threshold : new int[] {1_000, 10}) {
      try (SalesforceConnector crm = Fixtures.connector(sf, b -> b.bulkThreshold(threshold))) {
        List<Map<String, Object>> input = leads(300, "t" + threshold + "-");
        input.get(7).remove("LastName");
        input.get(250).put("Email", "not-an-email");
        input.get(299).remove("Company");

        BatchResult result = crm.createAll("Lead", input).join();

        assertThat(result.size()).isEqualTo(300);
        assertThat(result.failed()).extracting(RecordResult::index).containsExactly(7, 250, 299);
        assertThat(fields(result.results().get(7))).contains("LastName");
        assertThat(fields(result.results().get(250))).contains("Email");
        assertThat(fields(result.results().get(299))).contains("Company");
        assertThat(result.succeeded()).hasSize(297);
        String id = result.results().get(8).id();
        assertThat(sf.record("Lead", id).orElseThrow()).containsEntry("LastName", "Lead 8");
      }
    }
  }

  @Test
  void upsertAllUpdateAllAndDeleteAllOverBothPaths() {
    for (int threshold : new int[] {10_000, 100}) {
      try (SalesforceConnector crm = Fixtures.connector(sf, b -> b.bulkThreshold(threshold))) {
        List<Map<String, Object>> input = leads(450);
        BatchResult created = crm.upsertAll("Lead", "External_Id__c", input).join();
        assertThat(created.results())
            .allSatisfy(r -> assertThat(r.created()).isNotEqualTo(Boolean.FALSE));
        BatchResult again = crm.upsertAll("Lead", "External_Id__c", input).join();
        assertThat(again.results()).allSatisfy(r -> assertThat(r.created()).isFalse());
        assertThat(again.results())
            .extracting(RecordResult::id)
            .containsExactlyElementsOf(created.results().stream().map(RecordResult::id).toList());

        List<CrmRecord> updates = new ArrayList<>();
        for (RecordResult r : created.results()) {
          updates.add(CrmRecord.of("Lead", r.id(), Map.of("Phone", "+1 555 " + r.index())));
        }
        assertThat(crm.updateAll("Lead", updates).join().allSucceeded()).isTrue();
        String id = created.results().get(42).id();
        assertThat(sf.record("Lead", id).orElseThrow()).containsEntry("Phone", "+1 555 42");

        List<String> ids =
            new ArrayList<>(created.results().stream().map(RecordResult::id).toList());
        ids.set(3, "00Q000000000000AAA");
        BatchResult deleted = crm.deleteAll("Lead", ids).join();
        assertThat(deleted.failed()).extracting(RecordResult::index).containsExactly(3);
        assertThat(sf.count("Lead")).isEqualTo(1);
        crm.deleteAll("Lead", List.of(created.results().get(3).id())).join();
      }
    }
  }

  @Test
  void aFailedUploadAbortsTheJobAndFailsEachRecordWithoutLosingThem() {
    try (SalesforceConnector crm = Fixtures.connector(sf, b -> b.bulkThreshold(10))) {
      sf.faults().dropConnectionNext(5, c -> c.method().equals("PUT"));

      BatchResult result = crm.createAll("Lead", leads(50, "drop-")).join();

      assertThat(result.size()).isEqualTo(50);
      assertThat(result.failed()).hasSize(50);
      assertThat(result.results())
          .allSatisfy(r -> assertThat(r.error()).isInstanceOf(ConnectionException.class));
      assertThat(sf.journal().calls("PATCH", sf.dataPath() + "/jobs/ingest"))
          .anySatisfy(c -> assertThat(c.body()).contains("Aborted"));
      assertThat(sf.count("Lead")).isZero();
    }
  }

  private static List<String> fields(RecordResult r) {
    assertThat(r.error()).isInstanceOf(ValidationException.class);
    return ((ValidationException) r.error()).fields();
  }
}
