package io.ikarus.connects.leads;

import io.ikarus.connects.leads.internal.Hmac;
import io.ikarus.connects.leads.internal.Payloads;
import io.ikarus.connects.leads.internal.Receipts;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * IndiaMART's Push API: IndiaMART POSTs {@code {"CODE":200,"STATUS":"SUCCESS","RESPONSE":{<one
 * lead>}}} to a URL the seller registers. It signs nothing, so the URL carries an unguessable
 * secret ({@code /leads/<id>/<path secret>}), compared in constant time; a wrong secret is answered
 * 404 like an unknown connector. An optional IP allow-list refuses other senders (403). The lead's
 * {@code UNIQUE_QUERY_ID} is its event key; the same lead read again by an {@link
 * IndiaMartPullSource} (the safety net) is a duplicate by phone or email. Thread-safe.
 */
public final class IndiaMartPushSource extends AbstractLeadSource implements WebhookSource {

  private final String pathSecret;
  private final Set<String> allowedIps;

  private IndiaMartPushSource(Builder b) {
    super(b);
    this.pathSecret = b.pathSecret;
    this.allowedIps = Set.copyOf(b.allowedIps);
  }

  /** A builder for connector {@code id}; default country India. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** A new random path secret: 32 hexadecimal characters from a secure random source. */
  public static String newPathSecret() {
    byte[] b = new byte[16];
    new SecureRandom().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  @Override
  public WebhookReceipt receive(WebhookRequest request, String subPath, Instant now) {
    if (!Hmac.equal(subPath, pathSecret)) {
      return WebhookReceipt.rejected(404, "unknown connector");
    }
    if (!allowedIps.isEmpty() && !allowedIps.contains(request.remoteAddress())) {
      return WebhookReceipt.rejected(403, "sender address not allowed");
    }
    WebhookReceipt notPost = Receipts.requirePost(request);
    if (notPost != null) {
      return notPost;
    }
    Map<String, Object> body = Payloads.object(request.body());
    if (body == null || !"200".equals(Payloads.text(body.get("CODE")))) {
      return WebhookReceipt.rejected(400, "not an IndiaMART push with CODE 200");
    }
    Map<String, Object> lead = Payloads.map(body.get("RESPONSE"));
    if (lead.isEmpty()) {
      return WebhookReceipt.rejected(400, "IndiaMART push without a RESPONSE lead");
    }
    String key = Payloads.text(lead.get("UNIQUE_QUERY_ID"));
    return WebhookReceipt.lead(InboundLead.of(key, lead, request.body()));
  }

  /** Builds an {@link IndiaMartPushSource}. */
  public static final class Builder extends LeadSourceBuilder<Builder> {
    private String pathSecret;
    private Set<String> allowedIps = Set.of();

    private Builder(String id) {
      super(id, "indiamart", "IN");
      dedupScope("indiamart");
    }

    /**
     * The secret last path segment (required; at least 24 characters; see {@link #newPathSecret}).
     */
    public Builder pathSecret(String pathSecret) {
      if (pathSecret == null || !pathSecret.matches("[A-Za-z0-9_\\-]{24,128}")) {
        throw new IllegalArgumentException(
            "an IndiaMART path secret is 24 to 128 letters, digits, '-' or '_'");
      }
      this.pathSecret = pathSecret;
      return this;
    }

    /** Only these sender addresses are accepted; default any. */
    public Builder allowIps(String... ips) {
      this.allowedIps = Set.of(ips);
      return this;
    }

    /**
     * Builds the source.
     *
     * @throws IllegalStateException without a path secret
     */
    public IndiaMartPushSource build() {
      Objects.requireNonNull(pathSecret, "an IndiaMART push source needs pathSecret");
      return new IndiaMartPushSource(this);
    }
  }
}
