package io.ikarus.connects.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ikarus.connects.testkit.FakeHubSpot;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/** The naive HubSpot client: one {@code POST /crm/v3/objects/contacts} per record. */
final class NaiveHubSpot {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final MediaType APPLICATION_JSON = MediaType.get("application/json");

  private NaiveHubSpot() {}

  /** Creates {@code n} contacts one call at a time on a fresh fake. */
  static Measurement push(HarnessOptions o, long n) {
    List<Map<String, Object>> contacts = Contacts.hubSpot(n);
    try (FakeHubSpot hs = HubSpotFakes.start(o);
        NaiveHttp http = new NaiveHttp(o.sleepOn429());
        HeapSampler heap = HeapSampler.start()) {
      long start = System.nanoTime();
      for (Map<String, Object> contact : contacts) {
        create(http, hs.url(), hs.privateAppToken(), contact);
      }
      Duration wall = Duration.ofNanos(System.nanoTime() - start);
      return new Measurement(n, http.calls(), http.throttled(), wall, heap.peak(), "");
    }
  }

  /** Creates one contact. */
  static void create(NaiveHttp http, String url, String token, Map<String, Object> properties) {
    try {
      byte[] body = JSON.writeValueAsBytes(Map.of("properties", properties));
      http.send(
          new Request.Builder()
              .url(url + "/crm/v3/objects/contacts")
              .header("Authorization", "Bearer " + token)
              .post(RequestBody.create(body, APPLICATION_JSON))
              .build());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("cannot encode a contact", e);
    }
  }
}
