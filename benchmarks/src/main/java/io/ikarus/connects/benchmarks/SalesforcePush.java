package io.ikarus.connects.benchmarks;

import io.ikarus.connects.salesforce.SalesforceConnector;
import io.ikarus.connects.testkit.FakeSalesforce;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Upserts N contacts by external id into FakeSalesforce: the SDK's {@code upsertAll} (a Bulk API
 * 2.0 job above its 2,000-record threshold), then the naive baseline.
 */
final class SalesforcePush {

  /** A bulk job's fewest calls: create, upload, UploadComplete, one poll, successful results. */
  static final int BULK_JOB_CALLS = 5;

  /** Salesforce's concurrent long-running request limit, the connector's default cap too. */
  static final int CONCURRENCY = 25;

  /** The most records of one sObject Collections call. */
  static final int COLLECTION_MAX = 200;

  private SalesforcePush() {}

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  static ResultRow run(HarnessOptions o, long n, Baselines baselines) {
    Measurement sdk = sdk(o, n);
    Measurement naive =
        baselines.of("salesforce", n, measured -> NaiveSalesforce.push(o, measured));
    long chunks = Floors.calls(n, COLLECTION_MAX, 0);
    long callFloor = Math.min(chunks, BULK_JOB_CALLS) + 1;
    int concurrency = CONCURRENCY;
    Duration viaCollections = Floors.time(chunks, 0, Duration.ZERO, concurrency, o.latency());
    Duration viaBulk = Floors.time(BULK_JOB_CALLS, 0, Duration.ZERO, 1, o.latency());
    Duration timeFloor = o.latency().plus(min(viaCollections, viaBulk));
    String note =
        "calls: 1 token call + the fewer of ceil(N/200) sObject Collections calls and one Bulk API"
            + " 2.0 job (create, upload, UploadComplete, one poll, successful results; failed"
            + " results are only needed when the job reports failures); time: the token call +"
            + " the faster of the collections calls "
            + concurrency
            + " at a time (Salesforce's concurrent-request limit; it has no short-window rate"
            + " limit) and the"
            + " job's 5 calls one after another; the org's daily allocation of "
            + SalesforceFakes.DAILY_API_LIMIT
            + " calls is on, so a naive run of more records than that fails with"
            + " REQUEST_LIMIT_EXCEEDED, which the extrapolation does not model";
    return new ResultRow(
        "Salesforce upsertAll contacts", n, callFloor, timeFloor, sdk, naive, note);
  }

  static Measurement sdk(HarnessOptions o, long n) {
    List<Map<String, Object>> contacts = Contacts.salesforce(n);
    try (FakeSalesforce sf = SalesforceFakes.start(o);
        SalesforceConnector crm = SalesforceFakes.connector(sf)) {
      return Runs.sdk(
          sf.journal(), () -> crm.upsertAll("Contact", "External_Id__c", contacts).join());
    }
  }
}
