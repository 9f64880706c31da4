package io.ikarus.connects.leads;

import io.ikarus.connects.leads.internal.GraphLeads;
import io.ikarus.connects.leads.internal.MetaHub;
import io.ikarus.connects.leads.internal.Payloads;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Meta Lead Ads (Facebook and Instagram): the GET subscription handshake, {@code
 * X-Hub-Signature-256} checked with the app secret over the raw body, {@code leadgen} changes (ids
 * as numbers or strings, up to 1,000 per delivery), each lead then read from the Graph API with the
 * page's access token. The leadgen id is claimed before the Graph call, so Meta's retries (for up
 * to 36 hours) never fetch or deliver a lead twice; a Graph failure answers 503 so that Meta sends
 * it again. Default mapping: {@code field_data.phone_number}, {@code field_data.full_name}, {@code
 * field_data.email}, {@code ad_name} to source, {@code campaign_name}. Thread-safe.
 */
public final class MetaLeadAdsSource extends AbstractLeadSource implements WebhookSource {

  private final MetaHub hub;
  private final GraphLeads graph;
  private final String defaultToken;
  private final Map<String, String> pageTokens;

  private MetaLeadAdsSource(Builder b) {
    super(b);
    byte[] secret = b.appSecret.getBytes(StandardCharsets.UTF_8);
    this.hub = new MetaHub(secret, b.verifyToken);
    this.graph = new GraphLeads(b.graphUrl, b.graphVersion, secret, b.id);
    this.defaultToken = b.defaultToken;
    this.pageTokens = Map.copyOf(b.pageTokens);
  }

  /** A builder for connector {@code id}; default country India. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  @Override
  public WebhookReceipt receive(WebhookRequest request, String subPath, Instant now) {
    WebhookReceipt early = hub.check(request);
    if (early != null) {
      return early;
    }
    Map<String, Object> body = Payloads.object(request.body());
    if (body == null) {
      return WebhookReceipt.rejected(400, "body is not a JSON object");
    }
    List<InboundLead> leads = new ArrayList<>();
    for (Object entry : Payloads.list(body.get("entry"))) {
      for (Object change : Payloads.list(Payloads.map(entry).get("changes"))) {
        Map<String, Object> c = Payloads.map(change);
        if ("leadgen".equals(c.get("field"))) {
          Map<String, Object> value = Payloads.map(c.get("value"));
          String leadgenId = Payloads.text(value.get("leadgen_id"));
          String pageId = Payloads.text(value.get("page_id"));
          if (leadgenId != null) {
            leads.add(new InboundLead(leadgenId, () -> graph.fetch(leadgenId, token(pageId))));
          }
        }
      }
    }
    return WebhookReceipt.batch(leads);
  }

  private String token(String pageId) {
    String t = pageId == null ? null : pageTokens.get(pageId);
    if (t == null && defaultToken == null) {
      throw new IllegalStateException("no page access token for page " + pageId);
    }
    return t == null ? defaultToken : t;
  }

  /** Builds a {@link MetaLeadAdsSource}. */
  public static final class Builder extends LeadSourceBuilder<Builder> {
    private String appSecret;
    private String verifyToken;
    private String defaultToken;
    private final Map<String, String> pageTokens = new HashMap<>();
    private String graphUrl = "https://graph.facebook.com";
    private String graphVersion = "v24.0";

    private Builder(String id) {
      super(id, "meta", "IN");
      dedupScope("meta");
    }

    /** The app secret that signs notifications (required). */
    public Builder appSecret(String appSecret) {
      this.appSecret = Objects.requireNonNull(appSecret, "appSecret");
      return this;
    }

    /** The verify token entered in the app's webhook settings (required). */
    public Builder verifyToken(String verifyToken) {
      this.verifyToken = Objects.requireNonNull(verifyToken, "verifyToken");
      return this;
    }

    /** The page access token used for pages without one of their own. */
    public Builder pageAccessToken(String token) {
      this.defaultToken = Objects.requireNonNull(token, "token");
      return this;
    }

    /** The page access token of page {@code pageId}. */
    public Builder pageAccessToken(String pageId, String token) {
      pageTokens.put(pageId, Objects.requireNonNull(token, "token"));
      return this;
    }

    /** Where the Graph API is reached; default {@code https://graph.facebook.com}. */
    public Builder graphUrl(String graphUrl) {
      this.graphUrl = graphUrl.replaceAll("/+$", "");
      return this;
    }

    /** The Graph API version; default {@code v24.0}. */
    public Builder graphVersion(String graphVersion) {
      this.graphVersion = Objects.requireNonNull(graphVersion, "graphVersion");
      return this;
    }

    /**
     * Builds the source.
     *
     * @throws IllegalStateException without app secret, verify token or any page token
     */
    public MetaLeadAdsSource build() {
      if (appSecret == null || verifyToken == null) {
        throw new IllegalStateException("Meta Lead Ads needs appSecret and verifyToken");
      }
      if (defaultToken == null && pageTokens.isEmpty()) {
        throw new IllegalStateException("Meta Lead Ads needs a page access token");
      }
      return new MetaLeadAdsSource(this);
    }
  }
}
