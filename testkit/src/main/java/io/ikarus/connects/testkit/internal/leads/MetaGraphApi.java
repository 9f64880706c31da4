package io.ikarus.connects.testkit.internal.leads;

import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.VendorApi;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The Graph API's lead read, {@code GET /v<NN>.0/<leadgen id>?fields=...&access_token=...}: page
 * tokens and {@code appsecret_proof} checked, Graph's error body ({@code OAuthException} 190 for a
 * bad token, 100 for a bad proof or an unknown id), only the requested fields returned.
 */
public final class MetaGraphApi implements VendorApi {

  private final Map<String, Map<String, Object>> leads = new LinkedHashMap<>();
  private final Set<String> tokens = new HashSet<>();
  private final String appSecret;
  private int reads;

  /** Creates the API; {@code appSecret} checks {@code appsecret_proof} when one is sent. */
  public MetaGraphApi(String appSecret) {
    this.appSecret = appSecret;
  }

  /** Accepts {@code token} as a page access token. */
  public void addToken(String token) {
    tokens.add(token);
  }

  /** Stores a lead as Graph returns it. */
  public void put(String id, Map<String, Object> lead) {
    leads.put(id, lead);
  }

  /** How many lead reads were answered with a lead. */
  public int reads() {
    return reads;
  }

  @Override
  public FakeResponse handle(FakeRequest r) {
    if (!"GET".equals(r.method()) || r.segments().size() != 2) {
      return error(400, 100, "Unsupported request");
    }
    String token = r.param("access_token");
    if (token == null || !tokens.contains(token)) {
      return error(400, 190, "Invalid OAuth access token - Cannot parse access token");
    }
    String proof = r.param("appsecret_proof");
    if (proof != null && !proof.equals(proof(token))) {
      return error(400, 100, "Invalid appsecret_proof provided in the API argument");
    }
    Map<String, Object> lead = leads.get(r.segments().get(1));
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
    Set<String> wanted = new HashSet<>(Arrays.asList(fields.split(",")));
    Map<String, Object> out = new LinkedHashMap<>();
    lead.forEach(
        (k, v) -> {
          if (wanted.contains(k)) {
            out.put(k, v);
          }
        });
    return out;
  }

  private String proof(String token) {
    return HexFormat.of()
        .formatHex(
            Signatures.hmac(
                appSecret.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8)));
  }

  private static FakeResponse error(int status, int code, String message) {
    return FakeResponse.json(
        status,
        Map.of(
            "error",
            Map.of(
                "message",
                message,
                "type",
                code == 190 ? "OAuthException" : "GraphMethodException",
                "code",
                code,
                "fbtrace_id",
                "AbCdEf123")));
  }

  @Override
  public FakeResponse errorResponse(int status) {
    return error(status, status == 429 ? 4 : 2, "An unexpected error has occurred.");
  }
}
