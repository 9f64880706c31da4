package io.ikarus.connects.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.error.ConnectionException;
import io.ikarus.connects.error.OutcomeUnknownException;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 items 5, 6 and 9: what a write's failure says about whether the server applied it. A
 * request that failed before it was fully written is sent again, a create included; a create whose
 * answer was lost (or was a 500/502/504, or unreadable) is outcome-unknown and not sent again; an
 * update is sent again.
 */
class WriteOutcomeTest extends EngineFixture {

  private static final String RECORD = "{\"id\":\"r1\",\"name\":\"Ada\"}";

  @Test
  void aCreateThatFailedBeforeItWasFullyWrittenIsSentAgain() {
    server.enqueue(
        json(201, RECORD)
            .newBuilder()
            .onRequestStart(new SocketEffect.CloseSocket(true, false, false))
            .build());
    server.enqueue(json(201, RECORD));

    try (ProbeConnector crm = connector(options().build())) {
      String big = "x".repeat(4 << 20);
      assertThat(await(crm.create("contacts", Map.of("name", big))).id()).isEqualTo("r1");
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aCreateWhoseAnswerWasLostIsOutcomeUnknownAndNotSentAgain() {
    server.enqueue(dropAfterProcessing(201));
    server.enqueue(json(201, RECORD));

    try (ProbeConnector crm = connector(options().build())) {
      assertThatThrownBy(() -> await(crm.create("contacts", Map.of("name", "Ada"))))
          .isInstanceOfSatisfying(
              OutcomeUnknownException.class,
              e -> {
                assertThat(e.mayHaveBeenApplied()).isTrue();
                assertThat(e.isRetryable()).isFalse();
              });
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aCreateAnswered502IsOutcomeUnknown() {
    server.enqueue(json(502, "{}"));
    server.enqueue(json(201, RECORD));

    try (ProbeConnector crm = connector(options().build())) {
      assertThatThrownBy(() -> await(crm.create("contacts", Map.of("name", "Ada"))))
          .isInstanceOf(OutcomeUnknownException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aCreateWithAnUnreadableSuccessBodyIsOutcomeUnknown() {
    server.enqueue(json(201, "{\"id\":\"r1\",\"na"));

    try (ProbeConnector crm = connector(options().build())) {
      assertThatThrownBy(() -> await(crm.create("contacts", Map.of("name", "Ada"))))
          .isInstanceOf(OutcomeUnknownException.class);
    }
  }

  @Test
  void anUpdateWhoseAnswerWasLostIsSentAgain() {
    server.enqueue(dropAfterProcessing(200));
    server.enqueue(json(200, RECORD));

    try (ProbeConnector crm = connector(options().build())) {
      assertThat(await(crm.update("contacts", "r1", Map.of("name", "Ada"))).id()).isEqualTo("r1");
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void anUpdateAnswered504IsSentAgain() {
    server.enqueue(json(504, "{}"));
    server.enqueue(json(200, RECORD));

    try (ProbeConnector crm = connector(options().build())) {
      assertThat(await(crm.update("contacts", "r1", Map.of("name", "Ada"))).id()).isEqualTo("r1");
    }
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aRedirectToAnotherOriginIsRefusedNamingIt() {
    String elsewhere = otherOrigin() + "/v1/o/contacts";
    server.enqueue(json(307, "{}").newBuilder().setHeader("Location", elsewhere).build());
    server.enqueue(json(201, RECORD));

    try (ProbeConnector crm = connector(options().build())) {
      assertThatThrownBy(() -> await(crm.create("contacts", Map.of("name", "Ada"))))
          .isInstanceOf(ConnectionException.class)
          .hasMessageContaining(otherOrigin());
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  private static MockResponse dropAfterProcessing(int status) {
    return json(status, RECORD)
        .newBuilder()
        .onResponseStart(new SocketEffect.CloseSocket(true, false, false))
        .build();
  }
}
