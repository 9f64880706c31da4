package io.ikarus.connects.leads;

import io.ikarus.connects.leads.internal.Hmac;
import io.ikarus.connects.leads.internal.Payloads;
import io.ikarus.connects.leads.internal.Receipts;
import io.ikarus.connects.leads.internal.SecretRing;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Google Ads lead form webhook (preset): Google POSTs a {@code WebhookLead} JSON whose {@code
 * google_key} must equal the key configured on the form (compared in constant time; a wrong key is
 * 401). {@code user_column_data} answers are flattened by {@code column_id} ({@code FULL_NAME},
 * {@code EMAIL}, {@code PHONE_NUMBER}, ...) before mapping; {@code lead_id} deduplicates. The key
 * is blanked in the payload kept for audit. Thread-safe.
 */
public final class GoogleAdsLeadFormSource extends AbstractLeadSource implements WebhookSource {

  private final SecretRing keys;

  private GoogleAdsLeadFormSource(Builder b) {
    super(b);
    this.keys = new SecretRing(b.keys);
  }

  /** A builder for connector {@code id}; default country India. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  @Override
  public WebhookReceipt receive(WebhookRequest request, String subPath, Instant now) {
    WebhookReceipt notPost = Receipts.requirePost(request);
    if (notPost != null) {
      return notPost;
    }
    Map<String, Object> body = Payloads.object(request.body());
    if (body == null) {
      return WebhookReceipt.rejected(400, "body is not a JSON object");
    }
    String given = Payloads.text(body.get("google_key"));
    boolean ok = false;
    for (byte[] key : keys.valid(now)) {
      ok |= Hmac.equal(given, new String(key, StandardCharsets.UTF_8));
    }
    if (!ok) {
      return WebhookReceipt.rejected(401, "missing or wrong google_key");
    }
    Map<String, Object> fields = new LinkedHashMap<>(body);
    fields.put("google_key", "***");
    for (Object column : Payloads.list(body.get("user_column_data"))) {
      Map<String, Object> c = Payloads.map(column);
      String id = Payloads.text(c.get("column_id"));
      if (id != null) {
        fields.put(id, c.get("string_value"));
      }
    }
    String leadId = Payloads.text(body.get("lead_id"));
    Map<String, Object> audit = new LinkedHashMap<>(body);
    audit.put("google_key", "***");
    return WebhookReceipt.lead(InboundLead.of(leadId, fields, Payloads.bytes(audit)));
  }

  /** Makes {@code key} current; the old ones stay valid until {@code oldValidUntil}. */
  public void rotateKey(String key, Instant now, Instant oldValidUntil) {
    keys.rotate(key.getBytes(StandardCharsets.UTF_8), now, oldValidUntil);
  }

  /** Builds a {@link GoogleAdsLeadFormSource}. */
  public static final class Builder extends LeadSourceBuilder<Builder> {
    private final List<byte[]> keys = new ArrayList<>();

    private Builder(String id) {
      super(id, "google_ads", "IN");
      dedupScope("google_ads");
    }

    /** A form's {@code google_key} (call again for several forms or a rotation; required). */
    public Builder googleKey(String key) {
      keys.add(key.getBytes(StandardCharsets.UTF_8));
      return this;
    }

    /**
     * Builds the source.
     *
     * @throws IllegalStateException without a key
     */
    public GoogleAdsLeadFormSource build() {
      if (keys.isEmpty()) {
        throw new IllegalStateException("a Google Ads lead form source needs a google_key");
      }
      return new GoogleAdsLeadFormSource(this);
    }
  }
}
