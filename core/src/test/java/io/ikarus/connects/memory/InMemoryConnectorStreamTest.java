package io.ikarus.connects.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

class InMemoryConnectorStreamTest {

  private final InMemoryConnector crm = InMemoryConnector.builder().maxPageSize(5).build();

  private void seed(int n) {
    for (int i = 0; i < n; i++) {
      crm.create("Lead", Map.of("N", i)).join();
    }
    crm.clearJournal();
  }

  private long queryCalls() {
    return crm.journal().stream().filter(c -> c.operation().equals("query")).count();
  }

  @Test
  void fetchesNoPageBeforeDemandAndOnePageAtATime() {
    seed(12);
    Recorder recorder = new Recorder();
    crm.stream(Query.of("Lead")).subscribe(recorder);
    assertThat(queryCalls()).isZero();

    recorder.subscription.request(1);
    assertThat(recorder.items).hasSize(1);
    assertThat(queryCalls()).isEqualTo(1);

    recorder.subscription.request(4);
    assertThat(recorder.items).hasSize(5);
    assertThat(queryCalls()).isEqualTo(1);

    recorder.subscription.request(1);
    assertThat(queryCalls()).isEqualTo(2);

    recorder.subscription.request(Long.MAX_VALUE);
    assertThat(recorder.items).extracting(r -> r.field("N")).hasSize(12);
    assertThat(recorder.completed).isTrue();
    assertThat(queryCalls()).isEqualTo(3);
  }

  @Test
  void emptyResultCompletes() {
    Recorder recorder = new Recorder();
    crm.stream(Query.of("Lead")).subscribe(recorder);
    recorder.subscription.request(1);
    assertThat(recorder.completed).isTrue();
  }

  @Test
  void cancelStopsDelivery() {
    seed(12);
    Recorder recorder = new Recorder();
    crm.stream(Query.of("Lead")).subscribe(recorder);
    recorder.subscription.request(2);
    recorder.subscription.cancel();
    recorder.subscription.request(10);
    assertThat(recorder.items).hasSize(2);
    assertThat(recorder.completed).isFalse();
  }

  @Test
  void nonPositiveRequestSignalsError() {
    Recorder recorder = new Recorder();
    crm.stream(Query.of("Lead")).subscribe(recorder);
    recorder.subscription.request(0);
    assertThat(recorder.error).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void failedPageFetchSignalsTheCrmError() {
    seed(7);
    crm.faults(FaultHook.failNthCall("query", 2));
    Recorder recorder = new Recorder();
    crm.stream(Query.of("Lead")).subscribe(recorder);
    recorder.subscription.request(Long.MAX_VALUE);
    assertThat(recorder.items).hasSize(5);
    assertThat(recorder.error).isInstanceOf(io.ikarus.connects.error.ServerException.class);
  }

  static final class Recorder implements Flow.Subscriber<CrmRecord> {
    final List<CrmRecord> items = new ArrayList<>();
    Flow.Subscription subscription;
    boolean completed;
    Throwable error;

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
    }

    @Override
    public void onNext(CrmRecord item) {
      items.add(item);
    }

    @Override
    public void onError(Throwable throwable) {
      error = throwable;
    }

    @Override
    public void onComplete() {
      completed = true;
    }
  }
}
