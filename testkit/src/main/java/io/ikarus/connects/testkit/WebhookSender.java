package io.ikarus.connects.testkit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.spi.Json;
import io.ikarus.connects.testkit.internal.leads.Signatures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Builds and sends lead webhooks signed the way the senders sign them: Meta Lead Ads ({@code
 * X-Hub-Signature-256} with the app secret), IndiaMART push (no signature; the secret is in the URL
 * path), a custom integrator ({@code X-Webhook-Signature: sha256=<hex>}) and Standard Webhooks. For
 * users' tests too. Thread-safe.
 */
public final class WebhookSender {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private WebhookSender() {}

  /** A custom integrator's lead, signed with {@code secret} (null for unsigned). */
  public static SignedWebhook custom(String path, String secret, Map<String, ?> lead) {
    byte[] body = Json.writeBytes(lead);
    SignedWebhook unsigned = json(path, body);
    return secret == null
        ? unsigned
        : unsigned.withHeader("X-Webhook-Signature", Signatures.sha256Header(secret, body));
  }

  /** A Standard Webhooks delivery of {@code lead} with event id {@code id} signed at {@code at}. */
  public static SignedWebhook standard(
      String path, String secret, String id, Instant at, Map<String, ?> lead) {
    byte[] body = Json.writeBytes(lead);
    long ts = at.getEpochSecond();
    return json(path, body)
        .withHeader("webhook-id", id)
        .withHeader("webhook-timestamp", Long.toString(ts))
        .withHeader("webhook-signature", Signatures.standard(secret, id, ts, body));
  }

  /**
   * A Meta {@code leadgen} notification for {@code leadgenIds} of one page, signed with the app
   * secret. Ids are sent as numbers, as in Meta's own sample payload.
   */
  public static SignedWebhook metaLeadgen(
      String path, String appSecret, long pageId, Instant at, long... leadgenIds) {
    ObjectNode payload = JsonNodeFactory.instance.objectNode().put("object", "page");
    ObjectNode entry = payload.putArray("entry").addObject();
    ArrayNode changes =
        entry.put("id", pageId).put("time", at.getEpochSecond()).putArray("changes");
    for (long id : leadgenIds) {
      changes
          .addObject()
          .put("field", "leadgen")
          .putObject("value")
          .put("leadgen_id", id)
          .put("page_id", pageId)
          .put("form_id", 12312312312L)
          .put("created_time", at.getEpochSecond());
    }
    return meta(path, appSecret, Json.writeBytes(payload));
  }

  /** Any Meta (or WhatsApp) webhook body, signed with the app secret. */
  public static SignedWebhook meta(String path, String appSecret, byte[] body) {
    return json(path, body)
        .withHeader("X-Hub-Signature-256", Signatures.sha256Header(appSecret, body));
  }

  /** An IndiaMART push of one lead: {@code {"CODE":200,"STATUS":"SUCCESS","RESPONSE":{...}}}. */
  public static SignedWebhook indiaMartPush(String path, Map<String, ?> lead) {
    return json(path, Json.writeBytes(Map.of("CODE", 200, "STATUS", "SUCCESS", "RESPONSE", lead)));
  }

  /** An unsigned JSON {@code body} for {@code path}, to which the senders add their headers. */
  private static SignedWebhook json(String path, byte[] body) {
    return new SignedWebhook(path, Map.of("Content-Type", List.of("application/json")), body);
  }

  /**
   * Posts {@code webhook} to {@code baseUrl} (such as {@code http://127.0.0.1:8080}).
   *
   * @return the response status and body
   */
  public static Reply post(String baseUrl, SignedWebhook webhook) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(baseUrl + webhook.path()))
            .POST(HttpRequest.BodyPublishers.ofByteArray(webhook.body()));
    webhook.headers().forEach((k, vs) -> vs.forEach(v -> b.header(k, v)));
    try {
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot post to " + baseUrl, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /**
   * A response to a posted webhook.
   *
   * @param status HTTP status
   * @param body body text
   */
  public record Reply(int status, String body) {
    /** The body parsed as a JSON object. */
    public Map<String, Object> json() {
      return Json.parseObject(body);
    }
  }
}
