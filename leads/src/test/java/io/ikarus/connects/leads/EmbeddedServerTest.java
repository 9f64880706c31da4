package io.ikarus.connects.leads;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.testkit.SignedWebhook;
import io.ikarus.connects.testkit.WebhookSender;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class EmbeddedServerTest {

  private static final String SECRET = "integrator-secret-123";

  @Test
  void concurrentPostsOfOneLeadOverHttpGiveOneLead() throws Exception {
    RecordingSink sink = new RecordingSink();
    LeadPipeline pipeline =
        LeadPipeline.builder()
            .sink(sink)
            .source(
                CustomWebhookSource.builder("site")
                    .secret(SECRET)
                    .extendMapping("{\"externalId\": \"lead_id\"}")
                    .build())
            .build();
    SignedWebhook w =
        WebhookSender.custom(
            "/leads/site", SECRET, Map.of("lead_id", "L-1", "phone", "9876543210"));
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try (LeadHttpServer server =
        LeadHttpServer.start(pipeline.webhookHandler(), new InetSocketAddress("127.0.0.1", 0))) {
      List<CompletableFuture<WebhookSender.Reply>> replies = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        replies.add(CompletableFuture.supplyAsync(() -> WebhookSender.post(server.url(), w), pool));
      }
      List<Object> ids = new ArrayList<>();
      for (CompletableFuture<WebhookSender.Reply> r : replies) {
        assertThat(r.get().status()).isEqualTo(200);
        ids.add(r.get().json().get("id"));
      }
      assertThat(ids).containsOnly(sink.leads.get(0).id());
      assertThat(
              WebhookSender.post(server.url(), w.withHeader("X-Webhook-Signature", null)).status())
          .isEqualTo(401);
      assertThat(
              WebhookSender.post(server.url(), WebhookSender.custom("/leads/x", null, Map.of()))
                  .status())
          .isEqualTo(404);
    } finally {
      pool.shutdown();
    }
    assertThat(sink.leads).hasSize(1);
    assertThat(pipeline.metrics().get("site").duplicates()).isEqualTo(11);
  }
}
