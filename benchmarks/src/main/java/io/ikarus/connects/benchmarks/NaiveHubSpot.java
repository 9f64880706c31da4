package io.ikarus.connects.benchmarks;

import io.ikarus.connects.testkit.FakeHubSpot;
import java.util.List;
import java.util.Map;
import okhttp3.Request;

/** The naive HubSpot client: one {@code POST /crm/v3/objects/contacts} per record. */
final class NaiveHubSpot {

  private NaiveHubSpot() {}

  /** Creates {@code n} contacts one call at a time on a fresh fake. */
  static Measurement push(HarnessOptions o, long n) {
    List<Map<String, Object>> contacts = Contacts.hubSpot(n);
    try (FakeHubSpot hs = HubSpotFakes.start(o);
        NaiveHttp http = new NaiveHttp(o.sleepOn429())) {
      return Runs.naive(
          http, n, () -> contacts.forEach(c -> create(http, hs.url(), hs.privateAppToken(), c)));
    }
  }

  /** Creates one contact. */
  static void create(NaiveHttp http, String url, String token, Map<String, Object> properties) {
    http.send(
        new Request.Builder()
            .url(url + "/crm/v3/objects/contacts")
            .header("Authorization", "Bearer " + token)
            .post(NaiveHttp.json(Map.of("properties", properties)))
            .build());
  }
}
