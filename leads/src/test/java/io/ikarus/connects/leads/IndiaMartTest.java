package io.ikarus.connects.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.error.AuthenticationException;
import io.ikarus.connects.testkit.FakeIndiaMart;
import io.ikarus.connects.testkit.MutableClock;
import io.ikarus.connects.testkit.WebhookSender;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IndiaMartTest {

  private static final String KEY = "mRywEb5u4HfHTver432Y-test";
  private static final String SECRET = "4f1c2b7e9d0a43c6b8e5f7a2d1c0b9e8";
  private final MutableClock clock = MutableClock.at(Instant.parse("2026-12-01T10:00:00Z"));
  private final FakeIndiaMart indiamart = FakeIndiaMart.start(clock, KEY);
  private final RecordingSink sink = new RecordingSink();
  private final LeadPipeline pipeline =
      LeadPipeline.builder()
          .sink(sink)
          .clock(clock)
          .source(IndiaMartPushSource.builder("im-push").pathSecret(SECRET).build())
          .source(
              IndiaMartPullSource.builder("im-pull").crmKey(KEY).baseUrl(indiamart.url()).build())
          .build();

  @AfterEach
  void close() {
    indiamart.close();
  }

  @Test
  void pushOnTheSecretPathIsMappedWithHtmlTurnedToText() {
    Map<String, Object> lead = indiamart.lead("Asha Rao", "+91-9876543210", "asha@example.com");
    WebhookResponse r =
        Webhooks.send(pipeline, WebhookSender.indiaMartPush("/leads/im-push/" + SECRET, lead));

    assertThat(r.status()).isEqualTo(200);
    Lead l = sink.leads.get(0);
    assertThat(l.phoneNumber()).isEqualTo("+919876543210");
    assertThat(l.externalId()).isEqualTo(lead.get("UNIQUE_QUERY_ID"));
    assertThat(l.notes()).isEqualTo("I need 200 pipes.\nPrice & delivery?");
    assertThat(l.businessName()).isEqualTo("Rao Traders");
    assertThat(l.pincode()).isEqualTo("411001");
    assertThat(l.productName()).isEqualTo("Steel Pipes");
    assertThat(l.country()).isEqualTo("IN");
  }

  @Test
  void wrongPathSecretLooksLikeAnUnknownConnector() {
    Map<String, Object> lead = indiamart.lead("A", "9876543210", null);
    assertThat(
            Webhooks.send(pipeline, WebhookSender.indiaMartPush("/leads/im-push/guess", lead))
                .status())
        .isEqualTo(404);
    assertThat(sink.leads).isEmpty();
  }

  @Test
  void pullReadsTheWindowAndDeduplicatesAgainstPush() {
    Map<String, Object> pushed = indiamart.lead("Asha Rao", "+91-9876543210", "asha@example.com");
    Webhooks.send(pipeline, WebhookSender.indiaMartPush("/leads/im-push/" + SECRET, pushed));
    indiamart.add(pushed);
    Map<String, Object> missed = indiamart.lead("Vikram Shah", "+91-9812345678", null);
    indiamart.add(missed);
    clock.advance(Duration.ofMinutes(1));

    PullReport report = pipeline.poll("im-pull").join();

    assertThat(report.count(LeadOutcome.Status.DELIVERED)).isEqualTo(1);
    assertThat(report.count(LeadOutcome.Status.DUPLICATE)).isEqualTo(1);
    assertThat(sink.leads)
        .extracting(Lead::externalId)
        .containsExactly(
            (String) pushed.get("UNIQUE_QUERY_ID"), (String) missed.get("UNIQUE_QUERY_ID"));
    assertThat(indiamart.journal().last().query().get("start_time").get(0))
        .matches("\\d\\d-[A-Z][a-z]{2}-\\d{4}\\d\\d:\\d\\d:\\d\\d");
  }

  @Test
  void fiveMinuteRuleIsKeptAndAnEmptyWindowStillAdvances() {
    PullReport first = pipeline.poll("im-pull").join();
    assertThat(first.note()).isEqualTo("no leads in window");
    clock.advance(Duration.ofMinutes(2));
    PullReport tooSoon = pipeline.poll("im-pull").join();

    assertThat(tooSoon.note()).contains("one call per 5 minutes");
    assertThat(indiamart.calls()).isEqualTo(1);
    clock.advance(Duration.ofMinutes(4));
    indiamart.add(indiamart.lead("Late Lead", "9876501234", null));
    assertThat(pipeline.poll("im-pull").join().count(LeadOutcome.Status.DELIVERED)).isEqualTo(1);
  }

  @Test
  void vendor429BlocksTheKeyAndBadKeyIsAnAuthenticationError() {
    LeadPipeline other =
        LeadPipeline.builder()
            .sink(sink)
            .clock(clock)
            .source(IndiaMartPullSource.builder("a").crmKey(KEY).baseUrl(indiamart.url()).build())
            .source(
                IndiaMartPullSource.builder("b").crmKey("wrong").baseUrl(indiamart.url()).build())
            .build();
    other.poll("a").join();
    assertThatThrownBy(() -> other.poll("b").join())
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(AuthenticationException.class);
    LeadPipeline third =
        LeadPipeline.builder()
            .sink(sink)
            .clock(clock)
            .source(IndiaMartPullSource.builder("c").crmKey(KEY).baseUrl(indiamart.url()).build())
            .build();
    PullReport limited = third.poll("c").join();
    assertThat(limited.note()).contains("rate limited");
    clock.advance(Duration.ofMinutes(10));
    assertThat(third.poll("c").join().note()).contains("blocked");
  }

  @Test
  void catalogViewsAreCountedAsSkipped() {
    Map<String, Object> view = indiamart.lead("Viewer", "9876543210", null);
    view.put("QUERY_TYPE", "BIZ");
    indiamart.add(view);
    PullReport r = pipeline.poll("im-pull").join();
    assertThat(r.skipped()).isEqualTo(1);
    assertThat(r.outcomes()).isEmpty();
  }
}
