package io.ikarus.connects.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import io.ikarus.connects.testkit.FakeHubSpot;
import io.ikarus.connects.testkit.FakeSalesforce;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * The naive sync: log in to Salesforce, page through its Contacts with the REST query, and create
 * each one in HubSpot with its own call, stopping after {@code n} records.
 */
final class NaiveSync {

  private NaiveSync() {}

  static Measurement run(HarnessOptions o, long n) {
    try (FakeSalesforce sf = SalesforceFakes.start(o);
        FakeHubSpot hs = HubSpotFakes.start(o);
        NaiveHttp http = new NaiveHttp(o.sleepOn429())) {
      SyncScenario.seed(sf, n);
      return Runs.naive(http, n, () -> copy(http, sf, hs, n));
    }
  }

  private static void copy(NaiveHttp http, FakeSalesforce sf, FakeHubSpot hs, long n) {
    String token = NaiveSalesforce.login(http, sf);
    HttpUrl next =
        HttpUrl.get(sf.url() + sf.dataPath() + "/query")
            .newBuilder()
            .addQueryParameter("q", StreamChild.SOQL)
            .build();
    long copied = 0;
    while (next != null && copied < n) {
      Request request =
          new Request.Builder().url(next).header("Authorization", "Bearer " + token).build();
      JsonNode page = NaiveHttp.read(http.send(request));
      for (JsonNode record : page.path("records")) {
        if (copied++ < n) {
          NaiveHubSpot.create(http, hs.url(), hs.privateAppToken(), properties(record));
        }
      }
      String more = page.path("nextRecordsUrl").asText(null);
      next = more == null ? null : HttpUrl.get(sf.url() + more);
    }
  }

  private static Map<String, Object> properties(JsonNode record) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("email", record.path("Email").asText().trim().toLowerCase(java.util.Locale.ROOT));
    p.put("firstname", record.path("FirstName").asText().trim());
    p.put("lastname", record.path("LastName").asText().trim());
    return p;
  }
}
