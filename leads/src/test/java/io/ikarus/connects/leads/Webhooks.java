package io.ikarus.connects.leads;

import io.ikarus.connects.spi.Json;
import io.ikarus.connects.testkit.SignedWebhook;
import java.util.Map;

/** Hands test-kit webhooks to a handler in-process. */
final class Webhooks {

  private Webhooks() {}

  static WebhookRequest request(SignedWebhook w) {
    return WebhookRequest.of("POST", w.path(), w.headers(), w.body(), "127.0.0.1");
  }

  static WebhookResponse send(LeadPipeline pipeline, SignedWebhook w) {
    return pipeline.webhookHandler().handle(request(w)).join();
  }

  static Map<String, Object> json(WebhookResponse r) {
    return Json.parseObject(r.bodyText());
  }
}
