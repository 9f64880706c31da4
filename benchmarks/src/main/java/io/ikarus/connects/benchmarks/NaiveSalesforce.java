package io.ikarus.connects.benchmarks;

import io.ikarus.connects.testkit.FakeSalesforce;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.FormBody;
import okhttp3.Request;

/**
 * The naive Salesforce client: a password login, then one {@code PATCH
 * /sobjects/Contact/External_Id__c/{value}} upsert per record.
 */
final class NaiveSalesforce {

  private NaiveSalesforce() {}

  /** Upserts {@code n} contacts one call at a time on a fresh fake. */
  static Measurement push(HarnessOptions o, long n) {
    List<Map<String, Object>> contacts = Contacts.salesforce(n);
    try (FakeSalesforce sf = SalesforceFakes.start(o);
        NaiveHttp http = new NaiveHttp(o.sleepOn429())) {
      return Runs.naive(
          http,
          n,
          () -> {
            String token = login(http, sf);
            contacts.forEach(c -> upsert(http, sf, token, c));
          });
    }
  }

  /** Logs in with the password flow and returns the access token. */
  static String login(NaiveHttp http, FakeSalesforce sf) {
    FormBody form =
        new FormBody.Builder()
            .add("grant_type", "password")
            .add("client_id", sf.clientId())
            .add("client_secret", sf.clientSecret())
            .add("username", sf.username())
            .add("password", sf.password() + sf.securityToken())
            .build();
    String body = http.send(new Request.Builder().url(sf.tokenUrl()).post(form).build());
    return NaiveHttp.read(body).path("access_token").asText();
  }

  private static void upsert(
      NaiveHttp http, FakeSalesforce sf, String token, Map<String, Object> contact) {
    Map<String, Object> fields = new LinkedHashMap<>(contact);
    Object key = fields.remove("External_Id__c");
    String url = sf.url() + sf.dataPath() + "/sobjects/Contact/External_Id__c/" + key;
    http.send(
        new Request.Builder()
            .url(url)
            .header("Authorization", "Bearer " + token)
            .patch(NaiveHttp.json(fields))
            .build());
  }
}
