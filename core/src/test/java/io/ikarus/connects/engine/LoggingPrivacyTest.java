package io.ikarus.connects.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.event.ConnectorListener;
import io.ikarus.connects.event.MdcKeys;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.testlog.LogCapture;
import io.ikarus.connects.testlog.LogCapture.Line;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.slf4j.event.Level;

/** DEBUG lines carry no personal data; the MDC names connector, operation and request id. */
class LoggingPrivacyTest extends EngineFixture {

  private static final String EMAIL = "ada.lovelace@example.com";

  private final ApiRequest search =
      ApiRequest.get("contacts/" + EMAIL)
          .operation("query")
          .query("email", EMAIL)
          .query("limit", "10")
          .build();

  @Test
  void debugShowsThePathWithoutQueryValuesOrEmails() {
    server.enqueue(json(200, "{}"));
    try (LogCapture log = LogCapture.open(Level.DEBUG);
        ProbeConnector crm = connector(options().build())) {
      await(crm.send(search));

      List<Line> attempts = log.from("AttemptSender");
      assertThat(attempts).hasSize(1);
      assertThat(attempts.get(0).message())
          .contains("GET /v1/o/contacts/***?email=***&limit=***")
          .contains("-> 200");
      assertThat(log.lines())
          .allSatisfy(l -> assertThat(l.message()).doesNotContain("ada.lovelace", "ada%2E"));
    }
  }

  @Test
  void traceIsTheOptInThatShowsTheQuery() {
    server.enqueue(json(200, "{}"));
    try (LogCapture log = LogCapture.open(Level.TRACE);
        ProbeConnector crm = connector(options().build())) {
      await(crm.send(search));

      Line line = log.from("AttemptSender").get(0);
      assertThat(line.level()).isEqualTo(Level.TRACE);
      assertThat(line.message()).contains("email=ada.lovelace");
    }
  }

  @Test
  void theMdcNamesTheCallInLinesEventsAndContinuations() {
    server.enqueue(json(503, "{}"));
    server.enqueue(json(200, "{}"));
    List<Map<String, String>> seen = new CopyOnWriteArrayList<>();
    ConnectorListener recorder =
        new ConnectorListener() {
          @Override
          public void onRequest(RequestEvent e) {
            seen.add(MDC.getCopyOfContextMap());
          }

          @Override
          public void onRetry(RetryEvent e) {
            seen.add(MDC.getCopyOfContextMap());
          }
        };
    Map<String, String> inContinuation;
    try (LogCapture log = LogCapture.open(Level.DEBUG);
        ProbeConnector crm = connector(options().listener(recorder).build())) {
      inContinuation = await(crm.send(search).thenApply(r -> MDC.getCopyOfContextMap()));

      List<Line> attempts = log.from("AttemptSender");
      assertThat(attempts).hasSize(2);
      String id = attempts.get(0).mdc().get(MdcKeys.REQUEST_ID);
      assertThat(id).matches("[0-9a-f]{16}");
      assertThat(log.from("RetryPolicies")).isNotEmpty();
      assertThat(concat(attempts, log.from("RetryPolicies")))
          .allSatisfy(
              l ->
                  assertThat(l.mdc())
                      .containsEntry(MdcKeys.CONNECTOR, crm.name())
                      .containsEntry(MdcKeys.OPERATION, "query")
                      .containsEntry(MdcKeys.REQUEST_ID, id));
      assertThat(seen)
          .hasSize(3)
          .allSatisfy(m -> assertThat(m).containsEntry(MdcKeys.REQUEST_ID, id));
      assertThat(inContinuation).containsEntry(MdcKeys.REQUEST_ID, id);
    }
    assertThat(MDC.get(MdcKeys.REQUEST_ID)).isNull();
  }

  @Test
  void eachRequestHasItsOwnId() {
    server.enqueue(json(200, "{}"));
    server.enqueue(json(200, "{}"));
    try (LogCapture log = LogCapture.open(Level.DEBUG);
        ProbeConnector crm = connector(options().build())) {
      await(crm.send(search));
      await(crm.send(search));

      assertThat(log.from("AttemptSender").stream().map(l -> l.mdc().get(MdcKeys.REQUEST_ID)))
          .doesNotHaveDuplicates()
          .hasSize(2);
    }
  }

  private static List<Line> concat(List<Line> a, List<Line> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
