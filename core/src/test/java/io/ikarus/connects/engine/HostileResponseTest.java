package io.ikarus.connects.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.error.ConnectionException;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.MalformedResponseException;
import io.ikarus.connects.error.RateLimitException;
import io.ikarus.connects.event.ConnectorListener.RetryEvent;
import io.ikarus.connects.spi.ApiRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Issue 12 item 9: hostile and broken responses end in typed errors, never worse. */
class HostileResponseTest extends EngineFixture {

  @Test
  void aBodyOfMillionsOfEmptyObjectsIsAMalformedResponseNotAHeapExhaustion() {
    StringBuilder body = new StringBuilder("[");
    body.append("{},".repeat((16 << 20) / 3)).append("{}]");
    server.enqueue(json(200, body.toString()));

    try (ProbeConnector crm = connector(options().build())) {
      assertThatThrownBy(() -> await(crm.get("contacts", "r1")))
          .isInstanceOf(MalformedResponseException.class);
    }
  }

  @Test
  void vendorTextWithLineBreaksCannotForgeLinesInMessages() {
    server.enqueue(
        json(400, "{\"error\":{\"code\":\"BAD\",\"message\":\"no\\r\\n[minicrm] FORGED line\"}}"));

    try (ProbeConnector crm = connector(options().build())) {
      assertThatThrownBy(() -> await(crm.get("contacts", "r1")))
          .isInstanceOfSatisfying(
              CrmException.class,
              e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\r"));
    }
  }

  @Test
  void anEnormousRetryAfterFailsFastWithTheRetryTime() {
    server.enqueue(json(429, "{}").newBuilder().setHeader("Retry-After", "1000000000000").build());

    try (ProbeConnector crm = connector(options().build())) {
      assertThatThrownBy(() -> await(crm.get("contacts", "r1")))
          .isInstanceOfSatisfying(
              RateLimitException.class,
              e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(1_000_000_000_000L)));
    }
    assertThat(scheduler.longestDelay()).isLessThanOrEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void dataverseRetryAfterMillisecondsIsHonoured() {
    server.enqueue(json(429, "{}").newBuilder().setHeader("x-ms-retry-after-ms", "1500").build());
    server.enqueue(json(200, "{\"id\":\"r1\",\"name\":\"Ada\"}"));

    try (ProbeConnector crm = connector(options().build())) {
      await(crm.get("contacts", "r1"));
    }
    assertThat(events(RetryEvent.class))
        .singleElement()
        .extracting(RetryEvent::delay)
        .isEqualTo(Duration.ofMillis(1500));
  }

  @Test
  void credentialsAreNotSentToAPagingLinkOnAnotherOrigin() {
    String elsewhere = otherOrigin() + "/v1/o/contacts?page=2";

    try (ProbeConnector crm = connector(options().build())) {
      assertThatThrownBy(() -> await(crm.send(ApiRequest.get("x").url(elsewhere).build())))
          .isInstanceOf(ConnectionException.class)
          .hasMessageContaining(otherOrigin());
    }
    assertThat(server.getRequestCount()).isZero();
  }
}
