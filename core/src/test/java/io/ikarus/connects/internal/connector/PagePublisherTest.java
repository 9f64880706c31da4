package io.ikarus.connects.internal.connector;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Page;
import io.ikarus.connects.contract.TestSubscriber;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PagePublisherTest {

  private final AtomicInteger fetches = new AtomicInteger();

  /** Pages of {@code size} records, {@code pages} of them, counting fetches. */
  private CompletableFuture<Page> page(int index, int pages, int size) {
    fetches.incrementAndGet();
    List<CrmRecord> records = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      records.add(CrmRecord.of("o", index + "-" + i, Map.of()));
    }
    return CompletableFuture.completedFuture(
        index + 1 < pages
            ? Page.of(records, () -> page(index + 1, pages, size))
            : Page.last(records));
  }

  @Test
  void fetchesNothingBeforeDemandAndOnePageAtATime() {
    TestSubscriber s = new TestSubscriber();
    new PagePublisher(() -> page(0, 3, 100)).subscribe(s);
    assertThat(fetches).hasValue(0);

    s.request(1);
    assertThat(fetches).hasValue(1);
    s.request(99);
    assertThat(s.received()).hasSize(100);
    assertThat(fetches).as("the buffered page satisfies the demand").hasValue(1);

    s.request(1);
    assertThat(fetches).hasValue(2);
    s.request(Long.MAX_VALUE);
    assertThat(s.received()).hasSize(300);
    assertThat(s.isCompleted()).isTrue();
    assertThat(fetches).hasValue(3);
  }

  @Test
  void cancelStopsFetchingAndSignals() {
    TestSubscriber s = new TestSubscriber();
    new PagePublisher(() -> page(0, 3, 10)).subscribe(s);
    s.request(5);
    s.cancel();
    s.request(100);

    assertThat(s.received()).hasSize(5);
    assertThat(fetches).hasValue(1);
    assertThat(s.isTerminated()).isFalse();
  }

  @Test
  void nonPositiveRequestIsAnError() {
    TestSubscriber s = new TestSubscriber();
    new PagePublisher(() -> page(0, 1, 10)).subscribe(s);
    s.request(0);

    assertThat(s.error()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3.9");
    assertThat(fetches).hasValue(0);
  }

  @Test
  void aFailedPageEndsTheStreamWithOnError() {
    TestSubscriber s = new TestSubscriber();
    IllegalStateException boom = new IllegalStateException("page 2 failed");
    new PagePublisher(
            () ->
                CompletableFuture.completedFuture(
                    Page.of(
                        List.of(CrmRecord.of("o", "1", Map.of())),
                        () -> CompletableFuture.failedFuture(boom))))
        .subscribe(s);
    s.request(10);

    assertThat(s.received()).hasSize(1);
    assertThat(s.error()).isSameAs(boom);
  }

  @Test
  void onSubscribeComesFirstAndAnEmptyResultCompletes() {
    List<String> signals = new ArrayList<>();
    new PagePublisher(() -> CompletableFuture.completedFuture(Page.last(List.of())))
        .subscribe(
            new Flow.Subscriber<>() {
              @Override
              public void onSubscribe(Flow.Subscription sub) {
                signals.add("subscribe");
                sub.request(1);
              }

              @Override
              public void onNext(CrmRecord item) {
                signals.add("next");
              }

              @Override
              public void onError(Throwable t) {
                signals.add("error");
              }

              @Override
              public void onComplete() {
                signals.add("complete");
              }
            });
    assertThat(signals).containsExactly("subscribe", "complete");
  }
}
