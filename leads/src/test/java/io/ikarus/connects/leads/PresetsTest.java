package io.ikarus.connects.leads;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.ikarus.connects.spi.Json;
import io.ikarus.connects.testkit.MutableClock;
import io.ikarus.connects.testkit.SignedWebhook;
import io.ikarus.connects.testkit.WebhookSender;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PresetsTest {

  private final MutableClock clock = MutableClock.at(Instant.parse("2026-12-01T10:00:00Z"));
  private final RecordingSink sink = new RecordingSink();

  @Test
  void googleAdsLeadFormChecksTheKeyAndReadsColumns() {
    LeadPipeline p =
        LeadPipeline.builder()
            .sink(sink)
            .source(GoogleAdsLeadFormSource.builder("gads").googleKey("form-key-1").build())
            .build();
    Map<String, Object> lead =
        Map.of(
            "lead_id",
            "TeSter-123-ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            "google_key",
            "form-key-1",
            "campaign_id",
            123456789012L,
            "user_column_data",
            List.of(
                Map.of("column_id", "FULL_NAME", "string_value", "Meera Iyer"),
                Map.of("column_id", "PHONE_NUMBER", "string_value", "+91 98765 00001"),
                Map.of("column_id", "EMAIL", "string_value", "meera@example.com")));
    WebhookResponse ok = Webhooks.send(p, WebhookSender.custom("/leads/gads", null, lead));
    Map<String, Object> wrongKey = new java.util.HashMap<>(lead);
    wrongKey.put("google_key", "guess");

    assertThat(ok.status()).isEqualTo(200);
    Lead l = sink.leads.get(0);
    assertThat(l.name()).isEqualTo("Meera Iyer");
    assertThat(l.campaign()).isEqualTo("123456789012");
    assertThat(p.stores().payloads().find(l.rawPayloadId()).orElseThrow().text())
        .doesNotContain("form-key-1");
    assertThat(Webhooks.send(p, WebhookSender.custom("/leads/gads", null, wrongKey)).status())
        .isEqualTo(401);
  }

  @Test
  void whatsAppMessagesBecomeLeadsAndStatusesAreIgnored() {
    LeadPipeline p =
        LeadPipeline.builder()
            .sink(sink)
            .source(WhatsAppSource.builder("wa").appSecret("wa-secret").verifyToken("t").build())
            .build();
    Map<String, Object> value =
        Map.of(
            "messaging_product", "whatsapp",
            "contacts", List.of(Map.of("wa_id", "919876543210", "profile", Map.of("name", "Anil"))),
            "messages",
                List.of(
                    Map.of(
                        "from", "919876543210",
                        "id", "wamid.HBgLOTE5ODc2NTQzMjEw",
                        "timestamp", "1764583200",
                        "type", "text",
                        "text", Map.of("body", "Price for 10 units?"))));
    byte[] body =
        Json.writeBytes(
            Map.of(
                "object",
                "whatsapp_business_account",
                "entry",
                List.of(
                    Map.of(
                        "id",
                        "WABA",
                        "changes",
                        List.of(Map.of("field", "messages", "value", value))))));
    SignedWebhook w = WebhookSender.meta("/leads/wa", "wa-secret", body);

    assertThat(Webhooks.send(p, w).status()).isEqualTo(200);
    assertThat(Webhooks.send(p, w).bodyText()).contains("duplicate");
    assertThat(sink.leads)
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.phoneNumber()).isEqualTo("+919876543210");
              assertThat(l.name()).isEqualTo("Anil");
              assertThat(l.notes()).isEqualTo("Price for 10 units?");
            });
    assertThat(Webhooks.send(p, WebhookSender.meta("/leads/wa", "other", body)).status())
        .isEqualTo(401);
  }

  @Test
  void linkedInPollsLeadFormResponsesWithVersionHeaders() throws Exception {
    AtomicReference<String> query = new AtomicReference<>();
    AtomicReference<String> version = new AtomicReference<>();
    HttpServer stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    byte[] answer =
        Json.writeBytes(
            Map.of(
                "elements",
                List.of(
                    Map.of(
                        "id",
                        "urn:li:leadFormResponse:1",
                        "submittedAt",
                        1764583200000L,
                        "formResponse",
                        Map.of(
                            "answers",
                            List.of(answer(11, "+1 650 555 0100"), answer(12, "Dana Lee")))))));
    stub.createContext(
        "/rest/leadFormResponses",
        ex -> {
          query.set(ex.getRequestURI().getRawQuery());
          version.set(ex.getRequestHeaders().getFirst("LinkedIn-Version"));
          ex.sendResponseHeaders(200, answer.length);
          ex.getResponseBody().write(answer);
          ex.close();
        });
    stub.start();
    try {
      LeadPipeline p =
          LeadPipeline.builder()
              .sink(sink)
              .clock(clock)
              .source(
                  LinkedInLeadSyncSource.builder("li")
                      .accessToken("AQX-token")
                      .linkedInVersion("202511")
                      .owner("urn:li:sponsoredAccount:5101")
                      .question("11", "phoneNumber")
                      .question("12", "name")
                      .baseUrl("http://127.0.0.1:" + stub.getAddress().getPort())
                      .build())
              .build();

      PullReport r = p.poll("li").join();

      assertThat(r.count(LeadOutcome.Status.DELIVERED)).isEqualTo(1);
      assertThat(sink.leads.get(0).phoneNumber()).isEqualTo("+16505550100");
      assertThat(version.get()).isEqualTo("202511");
      assertThat(query.get())
          .contains("q=owner&owner=(sponsoredAccount:urn%3Ali%3AsponsoredAccount%3A5101)")
          .contains("leadType=(leadType:SPONSORED)")
          .contains("submittedAtTimeRange=(start:");
      assertThat(r.checkpoint()).isEqualTo(Long.toString(clock.instant().toEpochMilli()));
    } finally {
      stub.stop(0);
    }
  }

  private static Map<String, Object> answer(int question, String text) {
    return Map.of(
        "questionId",
        question,
        "answerDetails",
        Map.of("textQuestionAnswer", Map.of("answer", text)));
  }
}
