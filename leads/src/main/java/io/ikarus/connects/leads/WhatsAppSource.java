package io.ikarus.connects.leads;

import io.ikarus.connects.leads.internal.MetaHub;
import io.ikarus.connects.leads.internal.Payloads;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * WhatsApp Cloud API messages as leads (preset): the same GET handshake and {@code
 * X-Hub-Signature-256} as Meta Lead Ads; each incoming message of a {@code messages} change is a
 * lead with {@code wa_id} (the sender's number, E.164 without the plus), the profile name, the
 * text, and the message id ({@code wamid...}) as event key, so WhatsApp's retries over 7 days are
 * duplicates. Status updates are acknowledged and ignored. Thread-safe.
 */
public final class WhatsAppSource extends AbstractLeadSource implements WebhookSource {

  private final MetaHub hub;

  private WhatsAppSource(Builder b) {
    super(b);
    this.hub = new MetaHub(b.appSecret.getBytes(StandardCharsets.UTF_8), b.verifyToken);
  }

  /** A builder for connector {@code id}. */
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
        if ("messages".equals(c.get("field"))) {
          messages(Payloads.map(c.get("value")), leads);
        }
      }
    }
    return WebhookReceipt.batch(leads);
  }

  private static void messages(Map<String, Object> value, List<InboundLead> out) {
    Map<String, String> names = new HashMap<>();
    for (Object contact : Payloads.list(value.get("contacts"))) {
      Map<String, Object> c = Payloads.map(contact);
      names.put(
          Payloads.text(c.get("wa_id")), Payloads.text(Payloads.map(c.get("profile")).get("name")));
    }
    for (Object message : Payloads.list(value.get("messages"))) {
      Map<String, Object> m = Payloads.map(message);
      String from = Payloads.text(m.get("from"));
      Map<String, Object> lead = new LinkedHashMap<>();
      lead.put("wa_id", from == null ? null : "+" + from);
      lead.put("name", names.get(from));
      Object text = Payloads.map(m.get("text")).get("body");
      lead.put("text", text != null ? text : "[" + Payloads.text(m.get("type")) + "]");
      lead.put("message_id", Payloads.text(m.get("id")));
      out.add(InboundLead.of(Payloads.text(m.get("id")), lead, Payloads.bytes(m)));
    }
  }

  /** Builds a {@link WhatsAppSource}. */
  public static final class Builder extends LeadSourceBuilder<Builder> {
    private String appSecret;
    private String verifyToken;

    private Builder(String id) {
      super(id, "whatsapp", "IN");
    }

    /** The app secret that signs notifications (required). */
    public Builder appSecret(String appSecret) {
      this.appSecret = Objects.requireNonNull(appSecret, "appSecret");
      return this;
    }

    /** The verify token of the webhook settings (required). */
    public Builder verifyToken(String verifyToken) {
      this.verifyToken = Objects.requireNonNull(verifyToken, "verifyToken");
      return this;
    }

    /**
     * Builds the source.
     *
     * @throws IllegalStateException without app secret or verify token
     */
    public WhatsAppSource build() {
      if (appSecret == null || verifyToken == null) {
        throw new IllegalStateException("WhatsApp needs appSecret and verifyToken");
      }
      return new WhatsAppSource(this);
    }
  }
}
