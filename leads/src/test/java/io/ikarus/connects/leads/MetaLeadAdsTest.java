package io.ikarus.connects.leads;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.testkit.FakeMetaGraph;
import io.ikarus.connects.testkit.MutableClock;
import io.ikarus.connects.testkit.SignedWebhook;
import io.ikarus.connects.testkit.WebhookSender;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MetaLeadAdsTest {

  private static final String APP_SECRET = "meta-app-secret";
  private static final String PAGE_TOKEN = "EAAB-page-token";
  private final MutableClock clock = MutableClock.at(Instant.parse("2026-12-01T10:00:00Z"));
  private final FakeMetaGraph graph = FakeMetaGraph.start(APP_SECRET, PAGE_TOKEN, clock);
  private final RecordingSink sink = new RecordingSink();
  private final LeadPipeline pipeline =
      LeadPipeline.builder()
          .sink(sink)
          .clock(clock)
          .source(
              MetaLeadAdsSource.builder("meta")
                  .appSecret(APP_SECRET)
                  .verifyToken("verify-me")
                  .pageAccessToken(PAGE_TOKEN)
                  .graphUrl(graph.url())
                  .build())
          .build();

  @AfterEach
  void close() {
    graph.close();
  }

  private long lead(String phone) {
    return graph.addLead(
        Map.of(
            "full_name",
            "Ravi Kumar",
            "email",
            "r" + phone.hashCode() + "@example.com",
            "phone_number",
            phone),
        "Diwali ad",
        "Winter sale");
  }

  @Test
  void handshakeEchoesTheChallengeOnlyForTheRightToken() {
    WebhookRequest ok =
        WebhookRequest.of(
            "GET",
            "/leads/meta?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=verify-me",
            Map.of(),
            null,
            null);
    WebhookResponse r = pipeline.webhookHandler().handle(ok).join();
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.bodyText()).isEqualTo("1158201444");
    WebhookRequest bad =
        WebhookRequest.of(
            "GET",
            "/leads/meta?hub.mode=subscribe&hub.challenge=1&hub.verify_token=x",
            Map.of(),
            null,
            null);
    assertThat(pipeline.webhookHandler().handle(bad).join().status()).isEqualTo(403);
  }

  @Test
  void leadIsFetchedFromGraphMappedAndDelivered() {
    long id = lead("+91 98765 43210");
    SignedWebhook w =
        WebhookSender.metaLeadgen("/leads/meta", APP_SECRET, 4242L, clock.instant(), id);

    WebhookResponse r = Webhooks.send(pipeline, w);

    assertThat(r.status()).isEqualTo(200);
    Lead lead = sink.leads.get(0);
    assertThat(lead.externalId()).isEqualTo(Long.toString(id));
    assertThat(lead.phoneNumber()).isEqualTo("+919876543210");
    assertThat(lead.name()).isEqualTo("Ravi Kumar");
    assertThat(lead.source()).isEqualTo("Diwali ad");
    assertThat(lead.campaign()).isEqualTo("Winter sale");
  }

  @Test
  void badSignatureIs401() {
    SignedWebhook w =
        WebhookSender.metaLeadgen(
            "/leads/meta", "other-secret", 1L, clock.instant(), lead("9876543210"));
    assertThat(Webhooks.send(pipeline, w).status()).isEqualTo(401);
    assertThat(graph.leadReads()).isZero();
  }

  @Test
  void concurrentRedeliveriesOfOneBatchGiveOneLeadEachAndOneGraphReadEach() throws Exception {
    long[] ids = new long[20];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = lead("98765432" + (10 + i));
    }
    SignedWebhook w =
        WebhookSender.metaLeadgen("/leads/meta", APP_SECRET, 1L, clock.instant(), ids);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<CompletableFuture<WebhookResponse>> all = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        all.add(CompletableFuture.supplyAsync(() -> Webhooks.send(pipeline, w), pool));
      }
      for (CompletableFuture<WebhookResponse> f : all) {
        assertThat(f.get().status()).isEqualTo(200);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(sink.leads).hasSize(20);
    assertThat(graph.leadReads()).isEqualTo(20);
    SourceMetrics m = pipeline.metrics().get("meta");
    assertThat(m.created()).isEqualTo(20);
    assertThat(m.duplicates()).isEqualTo(15 * 20);
  }

  @Test
  void graphFailureAnswers503AndMetaRetryDelivers() {
    long id = lead("9876543210");
    SignedWebhook w = WebhookSender.metaLeadgen("/leads/meta", APP_SECRET, 1L, clock.instant(), id);
    graph.faults().failNext(1, 500);

    assertThat(Webhooks.send(pipeline, w).status()).isEqualTo(503);
    assertThat(Webhooks.send(pipeline, w).status()).isEqualTo(200);
    assertThat(sink.leads).hasSize(1);
  }
}
