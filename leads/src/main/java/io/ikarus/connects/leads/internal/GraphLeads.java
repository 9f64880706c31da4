package io.ikarus.connects.leads.internal;

import io.ikarus.connects.error.AuthenticationException;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.RateLimitException;
import io.ikarus.connects.error.ServerException;
import io.ikarus.connects.leads.InboundLead.Payload;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Reads one lead from the Graph API: {@code GET /<version>/<leadgen id>?fields=...} with the page
 * access token and its {@code appsecret_proof}. Graph errors become typed exceptions: code 190
 * (token) an authentication failure, the throttling family a rate limit, the rest server errors.
 */
public final class GraphLeads {

  private static final String FIELDS =
      "id,created_time,field_data,ad_id,ad_name,adset_id,campaign_id,campaign_name,form_id,"
          + "platform,is_organic";
  private static final Set<Integer> THROTTLED = Set.of(4, 17, 32, 341, 613, 80001);

  private final String baseUrl;
  private final String version;
  private final byte[] appSecret;
  private final String connector;

  /** Creates the client. */
  public GraphLeads(String baseUrl, String version, byte[] appSecret, String connector) {
    this.baseUrl = baseUrl;
    this.version = version;
    this.appSecret = appSecret.clone();
    this.connector = connector;
  }

  /** Fetches lead {@code leadgenId} with {@code pageToken}. */
  public CompletableFuture<Payload> fetch(String leadgenId, String pageToken) {
    Map<String, String> q = new LinkedHashMap<>();
    q.put("fields", FIELDS);
    q.put("access_token", pageToken);
    q.put("appsecret_proof", Hmac.sha256Hex(appSecret, pageToken.getBytes(StandardCharsets.UTF_8)));
    String url = baseUrl + "/" + version + "/" + leadgenId + "?" + Http.query(q);
    return Http.get(url, Map.of(), connector, "graph lead").thenApply(this::payload);
  }

  private Payload payload(Http.Response r) {
    byte[] raw = r.body().getBytes(StandardCharsets.UTF_8);
    Map<String, Object> body = Payloads.object(raw);
    if (r.status() == 200 && body != null && body.containsKey("id")) {
      return new Payload(body, raw);
    }
    throw error(r.status(), body == null ? Map.of() : Payloads.map(body.get("error")));
  }

  private CrmException error(int status, Map<String, Object> error) {
    Object c = error.get("code");
    int code = c instanceof Number n ? n.intValue() : -1;
    ErrorContext ctx =
        ErrorContext.of(connector, "graph lead")
            .withResponse(status, String.valueOf(code), Payloads.text(error.get("fbtrace_id")));
    String detail = "Graph API error " + code + " (" + Payloads.text(error.get("type")) + ")";
    if (code == 190 || status == 401) {
      return new AuthenticationException(detail, ctx);
    }
    if (THROTTLED.contains(code) || status == 429) {
      return new RateLimitException(detail, ctx, null, true);
    }
    return new ServerException(detail, ctx);
  }
}
