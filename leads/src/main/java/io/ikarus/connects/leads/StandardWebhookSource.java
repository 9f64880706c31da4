package io.ikarus.connects.leads;

import io.ikarus.connects.leads.internal.Hmac;
import io.ikarus.connects.leads.internal.Receipts;
import io.ikarus.connects.leads.internal.SecretRing;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A webhook signed by the Standard Webhooks scheme: headers {@code webhook-id}, {@code
 * webhook-timestamp} (Unix seconds, within the tolerance of now) and {@code webhook-signature}
 * (space-separated {@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">}; any one matching any
 * configured secret passes, so keys can rotate). The {@code webhook-id} is the event key that
 * deduplicates redeliveries. Default mapping as {@link CustomWebhookSource}. Thread-safe.
 */
public final class StandardWebhookSource extends AbstractLeadSource implements WebhookSource {

  private final SecretRing secrets;
  private final Duration tolerance;

  private StandardWebhookSource(Builder b) {
    super(b);
    this.secrets = new SecretRing(b.secrets);
    this.tolerance = b.tolerance;
  }

  /** A builder for connector {@code id}; default country India, tolerance 5 minutes. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  @Override
  public WebhookReceipt receive(WebhookRequest request, String subPath, Instant now) {
    WebhookReceipt notPost = Receipts.requirePost(request);
    if (notPost != null) {
      return notPost;
    }
    String id = request.header("webhook-id");
    String ts = request.header("webhook-timestamp");
    String sigs = request.header("webhook-signature");
    if (id == null || ts == null || sigs == null) {
      return WebhookReceipt.rejected(401, "missing webhook-id, webhook-timestamp or signature");
    }
    if (!ts.matches("\\d{1,12}")) {
      return WebhookReceipt.rejected(401, "webhook-timestamp is not Unix seconds");
    }
    Duration skew = Duration.between(Instant.ofEpochSecond(Long.parseLong(ts)), now).abs();
    if (skew.compareTo(tolerance) > 0) {
      return WebhookReceipt.rejected(401, "webhook-timestamp outside the tolerance");
    }
    if (!signed(id, ts, sigs, request.body(), now)) {
      return WebhookReceipt.rejected(401, "no webhook-signature matches");
    }
    return Receipts.jsonLead(request, id);
  }

  private boolean signed(String id, String ts, String header, byte[] body, Instant now) {
    byte[] prefix = (id + "." + ts + ".").getBytes(StandardCharsets.UTF_8);
    boolean ok = false;
    for (byte[] key : secrets.valid(now)) {
      String expected = "v1," + Base64.getEncoder().encodeToString(Hmac.sha256(key, prefix, body));
      for (String given : header.trim().split("\\s+")) {
        ok |= Hmac.equal(given, expected);
      }
    }
    return ok;
  }

  /** Makes {@code secret} current; the old ones stay valid until {@code oldValidUntil}. */
  public void rotateSecret(String secret, Instant now, Instant oldValidUntil) {
    secrets.rotate(key(secret), now, oldValidUntil);
  }

  /** The HMAC key of a secret: {@code whsec_} + base64 decoded, other text as UTF-8 bytes. */
  static byte[] key(String secret) {
    if (secret.startsWith("whsec_")) {
      return Base64.getDecoder().decode(secret.substring(6));
    }
    return secret.getBytes(StandardCharsets.UTF_8);
  }

  /** Builds a {@link StandardWebhookSource}. */
  public static final class Builder extends LeadSourceBuilder<Builder> {
    private final List<byte[]> secrets = new ArrayList<>();
    private Duration tolerance = Duration.ofMinutes(5);

    private Builder(String id) {
      super(id, "webhook", "IN");
    }

    /** A signing secret ({@code whsec_...}); call again to accept several during a rotation. */
    public Builder secret(String secret) {
      try {
        secrets.add(key(secret));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("a whsec_ secret must be base64 after the prefix");
      }
      return this;
    }

    /** How far {@code webhook-timestamp} may be from now, either way; default 5 minutes. */
    public Builder tolerance(Duration tolerance) {
      this.tolerance = tolerance;
      return this;
    }

    /**
     * Builds the source.
     *
     * @throws IllegalStateException without a secret
     */
    public StandardWebhookSource build() {
      if (secrets.isEmpty()) {
        throw new IllegalStateException("a Standard Webhooks source needs a secret");
      }
      return new StandardWebhookSource(this);
    }
  }
}
