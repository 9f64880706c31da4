package io.ikarus.connects.leads;

import io.ikarus.connects.leads.internal.Hmac;
import io.ikarus.connects.leads.internal.Receipts;
import io.ikarus.connects.leads.internal.SecretRing;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A custom integrator's webhook: a JSON object per lead, signed with {@code X-Webhook-Signature:
 * sha256=<hex HMAC-SHA256 of the raw body>} under the connector's secret. Without a secret the
 * signature is not checked (the product makes it optional per connector). Default mapping: {@code
 * phone}, {@code name}, {@code email}, {@code source}. Thread-safe.
 */
public final class CustomWebhookSource extends AbstractLeadSource implements WebhookSource {

  /** The signature header. */
  public static final String SIGNATURE_HEADER = "X-Webhook-Signature";

  private final SecretRing secrets;

  private CustomWebhookSource(Builder b) {
    super(b);
    this.secrets = new SecretRing(b.secrets);
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
    if (!secrets.isEmpty()
        && !Hmac.matchesHex(
            request.header(SIGNATURE_HEADER), "sha256=", secrets.valid(now), request.body())) {
      return WebhookReceipt.rejected(401, "missing or bad " + SIGNATURE_HEADER);
    }
    return Receipts.jsonLead(request, null);
  }

  /**
   * Regenerates the secret: {@code secret} signs from now on, the old one stays valid until {@code
   * oldValidUntil} so deliveries signed before the integrator switched still pass.
   */
  public void rotateSecret(String secret, Instant now, Instant oldValidUntil) {
    secrets.rotate(secret.getBytes(StandardCharsets.UTF_8), now, oldValidUntil);
  }

  /** Builds a {@link CustomWebhookSource}. */
  public static final class Builder extends LeadSourceBuilder<Builder> {
    private final List<byte[]> secrets = new ArrayList<>();

    private Builder(String id) {
      super(id, "webhook", "IN");
    }

    /** A signing secret (call again to accept several); none means unsigned requests pass. */
    public Builder secret(String secret) {
      if (secret == null || secret.length() < 16) {
        throw new IllegalArgumentException("a webhook secret needs at least 16 characters");
      }
      secrets.add(secret.getBytes(StandardCharsets.UTF_8));
      return this;
    }

    /** Builds the source. */
    public CustomWebhookSource build() {
      return new CustomWebhookSource(this);
    }
  }
}
