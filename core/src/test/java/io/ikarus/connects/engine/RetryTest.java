package io.ikarus.connects.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.error.ConnectionException;
import io.ikarus.connects.error.RateLimitException;
import io.ikarus.connects.error.ServerException;
import io.ikarus.connects.event.ConnectorListener.RetryEvent;
import io.ikarus.connects.resilience.RetrySettings;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RetryTest extends EngineFixture {

  private static final String RECORD = "{\"id\":\"r1\",\"name\":\"Ada\"}";

  @Test
  void serviceUnavailableThenOkSucceedsWithOneRetry() {
    server.enqueue(json(503, "{}"));
    server.enqueue(json(200, RECORD));

    try (ProbeConnector crm = connector(options().build())) {
      assertThat(await(crm.get("contacts", "r1")).field("name")).isEqualTo("Ada");
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(events(RetryEvent.class))
        .singleElement()
        .satisfies(e -> assertThat(e.failure()).isInstanceOf(ServerException.class));
  }

  @Test
  void retryAfterSecondsIsWaitedOutExactly() {
    server.enqueue(json(429, "{}").newBuilder().setHeader("Retry-After", "2").build());
    server.enqueue(json(200, RECORD));

    try (ProbeConnector crm = connector(options().build())) {
      await(crm.get("contacts", "r1"));
    }
    assertThat(events(RetryEvent.class))
        .singleElement()
        .extracting(RetryEvent::delay)
        .isEqualTo(Duration.ofSeconds(2));
    assertThat(scheduler.delays()).contains(Duration.ofSeconds(2));
  }

  @Test
  void retryAfterHttpDateIsWaitedOut() {
    Instant now = Instant.parse("2030-01-01T10:00:00Z");
    String date =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(3).atOffset(ZoneOffset.UTC));
    server.enqueue(json(503, "{}").newBuilder().setHeader("Retry-After", date).build());
    server.enqueue(json(200, RECORD));

    try (ProbeConnector crm =
        connector(options().clock(Clock.fixed(now, ZoneOffset.UTC)).build())) {
      await(crm.create("contacts", Map.of("name", "Ada")));
    }
    assertThat(server.getRequestCount()).as("a POST 503 with Retry-After is retried").isEqualTo(2);
    assertThat(events(RetryEvent.class))
        .singleElement()
        .extracting(RetryEvent::delay)
        .isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void postCreateIsNotRetriedAfterReadTimeout() throws Exception {
    server.enqueue(json(201, RECORD).newBuilder().headersDelay(2, TimeUnit.SECONDS).build());
    server.enqueue(json(201, RECORD));

    try (ProbeConnector crm = connector(options().readTimeout(Duration.ofMillis(200)).build())) {
      assertThatThrownBy(() -> await(crm.create("contacts", Map.of("name", "Ada"))))
          .isInstanceOf(ConnectionException.class);
      Thread.sleep(100);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(events(RetryEvent.class)).isEmpty();
  }

  @Test
  void getIsRetriedAfterReadTimeout() {
    server.enqueue(json(200, RECORD).newBuilder().headersDelay(2, TimeUnit.SECONDS).build());
    server.enqueue(json(200, RECORD));

    try (ProbeConnector crm = connector(options().readTimeout(Duration.ofMillis(200)).build())) {
      await(crm.get("contacts", "r1"));
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void postFailingWith503IsRetriedAsTheServerDidNotProcessIt() {
    server.enqueue(json(503, "{}"));
    server.enqueue(json(201, RECORD));

    try (ProbeConnector crm = connector(options().build())) {
      assertThat(await(crm.create("contacts", Map.of("name", "Ada"))).id()).isEqualTo("r1");
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void postIsRetriedWhenTheConnectionWasNeverMade() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    URI nowhere = URI.create("http://127.0.0.1:" + closedPort + "/v1/o");
    RetrySettings retry =
        RetrySettings.builder().maxAttempts(3).baseDelay(Duration.ofMillis(10)).build();

    try (ProbeConnector crm = connector(options().baseUrl(nowhere).retry(retry).build())) {
      assertThatThrownBy(() -> await(crm.create("contacts", Map.of("name", "Ada"))))
          .isInstanceOf(ConnectionException.class);
    }
    assertThat(events(RetryEvent.class)).hasSize(2);
  }

  @Test
  void retryAfterBeyondTheLimitFailsFast() {
    server.enqueue(
        json(429, "{\"error\":{\"code\":\"SLOW_DOWN\",\"message\":\"daily\"}}")
            .newBuilder()
            .setHeader("Retry-After", "3600")
            .build());
    RetrySettings retry = RetrySettings.builder().maxRetryAfter(Duration.ofSeconds(30)).build();

    try (ProbeConnector crm = connector(options().retry(retry).build())) {
      assertThatThrownBy(() -> await(crm.get("contacts", "r1")))
          .isInstanceOfSatisfying(
              RateLimitException.class,
              e -> {
                assertThat(e.retryAfter()).isEqualTo(Duration.ofHours(1));
                assertThat(e.vendorCode()).isEqualTo("SLOW_DOWN");
                assertThat(e.getMessage()).contains("minicrm", "get", "429");
              });
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(events(RetryEvent.class)).isEmpty();
  }

  @Test
  void giveUpAfterMaxAttempts() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(json(502, "{}"));
    }
    RetrySettings retry =
        RetrySettings.builder().maxAttempts(3).baseDelay(Duration.ofMillis(10)).build();

    try (ProbeConnector crm = connector(options().retry(retry).build())) {
      assertThatThrownBy(() -> await(crm.get("contacts", "r1")))
          .isInstanceOf(ServerException.class)
          .hasMessageContaining("HTTP 502");
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(scheduler.delays())
        .allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofMillis(20)));
  }
}
