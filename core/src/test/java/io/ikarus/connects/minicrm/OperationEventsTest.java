package io.ikarus.connects.minicrm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.ikarus.connects.BatchResult;
import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.contract.EventRecorder;
import io.ikarus.connects.error.ConnectionException;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.NotFoundException;
import io.ikarus.connects.event.ConnectorListener.OperationEndEvent;
import io.ikarus.connects.event.ConnectorListener.OperationStartEvent;
import io.ikarus.connects.event.ConnectorListener.RequestEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The operation events BaseCrmConnector announces around every public operation. */
class OperationEventsTest {

  private final EventRecorder events = new EventRecorder();
  private MiniCrmServer fake;
  private MiniCrmConnector crm;

  @BeforeEach
  void start() {
    fake = new MiniCrmServer();
    ClientOptions options =
        ClientOptions.builder()
            .baseUrl(fake.baseUrl())
            .authUrl(fake.rootUrl())
            .listener(events)
            .build();
    crm = new MiniCrmConnector(new TestClientCredentials(MiniCrmServer.SECRET), options);
  }

  @AfterEach
  void stop() {
    crm.close();
    fake.close();
  }

  @Test
  void aSuccessfulOperationIsAnnouncedWithItsRequestsAndCalls() {
    crm.create("contacts", Map.of("name", "N", "email", "a@example.com")).join();

    OperationStartEvent start = only(OperationStartEvent.class);
    OperationEndEvent end = only(OperationEndEvent.class);
    assertThat(start.connector()).isEqualTo("minicrm");
    assertThat(start.operation()).isEqualTo("create");
    assertThat(start.isBatch()).isFalse();
    assertThat(end.operationId()).isEqualTo(start.operationId()).isPositive();
    assertThat(end.outcome()).isEqualTo("success");
    assertThat(end.errorType()).isNull();
    List<RequestEvent> requests = of(RequestEvent.class);
    assertThat(requests)
        .filteredOn(r -> r.operation().equals("create"))
        .extracting(RequestEvent::operationId)
        .containsOnly(start.operationId());
    assertThat(end.apiCalls()).isEqualTo(1);
    assertThat(events.all().get(0)).isSameAs(start);
    assertThat(events.all().get(events.all().size() - 1)).isSameAs(end);
  }

  @Test
  void aFailedOperationEndsWithTheUnwrappedError() {
    Throwable thrown = catchThrowable(() -> crm.get("contacts", "404404").join());

    assertThat(thrown).isInstanceOf(CompletionException.class);
    Throwable error = thrown.getCause();
    assertThat(error).isInstanceOf(NotFoundException.class);
    OperationEndEvent end = only(OperationEndEvent.class);
    assertThat(end.error()).isSameAs(error);
    assertThat(end.outcome()).isEqualTo("error");
    assertThat(end.errorType()).isEqualTo("NotFoundException");
  }

  @Test
  void aBatchReportsItsRecordsAndFailures() {
    List<Map<String, Object>> records = new ArrayList<>();
    records.add(Map.of("name", "N", "email", "a@example.com"));
    records.add(Map.of("name", "N", "email", "b@example.com"));

    BatchResult result = crm.createAll("contacts", records).join();

    OperationStartEvent start = only(OperationStartEvent.class);
    OperationEndEvent end = only(OperationEndEvent.class);
    assertThat(start.operation()).isEqualTo("createAll");
    assertThat(start.records()).isEqualTo(2);
    assertThat(end.records()).isEqualTo(2);
    assertThat(end.failedRecords()).isEqualTo(result.failed().size());
    assertThat(end.apiCalls()).isEqualTo(result.apiCalls());
  }

  @Test
  void aCallAfterCloseFailsNonRetryablyAndIsAnnounced() {
    crm.close();

    Throwable error = catchThrowable(() -> crm.get("contacts", "1").join()).getCause();

    assertThat(error).isInstanceOf(ConnectionException.class);
    assertThat(((CrmException) error).isRetryable()).isFalse();
    assertThat(only(OperationEndEvent.class).error()).isSameAs(error);
  }

  @Test
  void stagesTheCallerChainsRunOutsideTheOperation() {
    CrmRecord created =
        crm.create("contacts", Map.of("name", "N", "email", "c@example.com")).join();
    events.clear();

    crm.get("contacts", created.id())
        .thenCompose(
            r -> crm.update("contacts", r.id(), Map.of("name", "N", "email", "d@example.com")))
        .join();

    assertThat(of(OperationStartEvent.class))
        .extracting(OperationStartEvent::operation)
        .containsExactly("get", "update");
    assertThat(of(OperationEndEvent.class)).extracting(OperationEndEvent::apiCalls).containsOnly(1);
  }

  private <E> List<E> of(Class<E> type) {
    return events.of(type);
  }

  private <E> E only(Class<E> type) {
    return events.only(type);
  }
}
