package io.ikarus.connects.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.leads.Signatures;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Meta Graph API's lead endpoint ({@code GET /v<NN>.0/<leadgen id>}) for Lead Ads tests: leads
 * with {@code field_data} answers as arrays of strings, page tokens and {@code appsecret_proof}
 * checked, Graph error bodies ({@code OAuthException} 190 for a bad token, 100 for a bad proof or
 * an unknown id), only the requested fields returned. Pair it with {@link
 * WebhookSender#metaLeadgen} to notify. Thread-safe.
 */
public final class FakeMetaGraph extends LeadSourceFake {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx").withZone(ZoneOffset.UTC);

  private final String appSecret;
  private final String pageToken;
  private int reads;

  private FakeMetaGraph(Clock clock, String appSecret, String pageToken) {
    super(clock, 900_000_000_000L);
    this.appSecret = appSecret;
    this.pageToken = pageToken;
    serve(this, 0);
  }

  /**
   * Starts a fake on a free port that accepts {@code pageToken} and checks proofs with the secret.
   */
  public static FakeMetaGraph start(String appSecret, String pageToken, Clock clock) {
    return new FakeMetaGraph(clock, appSecret, pageToken);
  }

  /**
   * Adds a lead with form answers ({@code full_name}, {@code email}, {@code phone_number}, ...),
   * from ad {@code adName} of campaign {@code campaignName}; returns its (numeric) leadgen id.
   */
  public long addLead(Map<String, String> answers, String adName, String campaignName) {
    long id = nextId();
    List<Object> fieldData = new ArrayList<>();
    answers.forEach((k, v) -> fieldData.add(Map.of("name", k, "values", List.of(v))));
    Map<String, Object> lead = new LinkedHashMap<>();
    lead.put("id", Long.toString(id));
    lead.put("created_time", TIME.format(clock().instant()));
    lead.put("field_data", fieldData);
    lead.put("ad_id", "23850000000000001");
    lead.put("ad_name", adName);
    lead.put("campaign_name", campaignName);
    lead.put("form_id", "12312312312");
    lead.put("platform", "fb");
    inLock(() -> leads.add(lead));
    return id;
  }

  /** How many lead reads returned a lead. */
  public int leadReads() {
    return locked(() -> reads);
  }

  @Override
  public FakeResponse handle(FakeRequest r) {
    if (!"GET".equals(r.method()) || r.segments().size() != 2) {
      return error(400, 100, "Unsupported request");
    }
    String token = r.param("access_token");
    if (!pageToken.equals(token)) {
      return error(400, 190, "Invalid OAuth access token - Cannot parse access token");
    }
    String proof = r.param("appsecret_proof");
    String expected = Signatures.hmacHex(appSecret, token.getBytes(StandardCharsets.UTF_8));
    if (proof != null && !proof.equals(expected)) {
      return error(400, 100, "Invalid appsecret_proof provided in the API argument");
    }
    String id = r.segments().get(1);
    Map<String, Object> lead =
        leads.stream().filter(l -> id.equals(l.get("id"))).findFirst().orElse(null);
    if (lead == null) {
      return error(
          400, 100, "Unsupported get request. Object with ID does not exist or lacks permission");
    }
    reads++;
    return FakeResponse.json(200, selected(lead, r.param("fields")));
  }

  private static Map<String, Object> selected(Map<String, Object> lead, String fields) {
    if (fields == null) {
      return Map.of("id", lead.get("id"), "created_time", lead.get("created_time"));
    }
    Map<String, Object> out = new LinkedHashMap<>(lead);
    out.keySet().retainAll(Arrays.asList(fields.split(",")));
    return out;
  }

  private static FakeResponse error(int status, int code, String message) {
    ObjectNode body = Json.object();
    body.putObject("error")
        .put("message", message)
        .put("type", code == 190 ? "OAuthException" : "GraphMethodException")
        .put("code", code)
        .put("fbtrace_id", "AbCdEf123");
    return FakeResponse.json(status, body);
  }

  @Override
  public FakeResponse errorResponse(int status) {
    return error(status, status == 429 ? 4 : 2, "An unexpected error has occurred.");
  }
}
