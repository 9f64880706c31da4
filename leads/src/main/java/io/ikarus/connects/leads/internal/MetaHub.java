package io.ikarus.connects.leads.internal;

import io.ikarus.connects.leads.WebhookReceipt;
import io.ikarus.connects.leads.WebhookRequest;
import io.ikarus.connects.leads.WebhookResponse;
import java.util.List;

/**
 * What Meta's webhooks (Lead Ads, WhatsApp) share: the GET subscription handshake ({@code
 * hub.mode=subscribe}, {@code hub.verify_token}, echo {@code hub.challenge} as plain text) and
 * {@code X-Hub-Signature-256: sha256=<hex HMAC-SHA256(app secret, raw body)>} on POSTs.
 */
public final class MetaHub {

  /** The signature header. */
  public static final String SIGNATURE = "X-Hub-Signature-256";

  private final byte[] appSecret;
  private final String verifyToken;

  /** Creates the checks. */
  public MetaHub(byte[] appSecret, String verifyToken) {
    this.appSecret = appSecret.clone();
    this.verifyToken = verifyToken;
  }

  /**
   * The receipt for anything but a correctly signed POST (the handshake, its refusal, a bad method
   * or signature), or null when the request is a correctly signed POST.
   */
  public WebhookReceipt check(WebhookRequest request) {
    if ("GET".equals(request.method())) {
      return handshake(request);
    }
    if (!"POST".equals(request.method())) {
      return WebhookReceipt.rejected(405, "method " + request.method() + " not allowed");
    }
    if (!Hmac.matchesHex(
        request.header(SIGNATURE), "sha256=", List.of(appSecret), request.body())) {
      return WebhookReceipt.rejected(401, "missing or bad " + SIGNATURE);
    }
    return null;
  }

  private WebhookReceipt handshake(WebhookRequest request) {
    String mode = param(request, "hub.mode");
    String token = param(request, "hub.verify_token");
    String challenge = param(request, "hub.challenge");
    if (!"subscribe".equals(mode) || challenge == null || !Hmac.equal(token, verifyToken)) {
      return WebhookReceipt.rejected(403, "subscription verification failed");
    }
    return WebhookReceipt.reply(WebhookResponse.text(200, challenge));
  }

  /** PHP-style frameworks turn {@code .} into {@code _} in parameter names; accept both. */
  private static String param(WebhookRequest request, String name) {
    String v = request.queryParam(name);
    return v != null ? v : request.queryParam(name.replace('.', '_'));
  }
}
