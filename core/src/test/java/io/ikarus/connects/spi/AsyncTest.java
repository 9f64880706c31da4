package io.ikarus.connects.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Page;
import io.ikarus.connects.internal.connector.CallScope;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class AsyncTest {

  @Test
  void delayKeepsTheOperationsScopeForChainedStages() throws Exception {
    CallScope scope = CallScope.root();
    AtomicReference<CallScope> seen = new AtomicReference<>();

    CompletableFuture<Void> done =
        scope.call(
            () -> Async.delay(Duration.ofMillis(5)).thenRun(() -> seen.set(CallScope.current())));

    done.get(5, TimeUnit.SECONDS);
    assertThat(seen.get()).isSameAs(scope);
  }

  @Test
  void delayIsCancelledWithItsScope() {
    CallScope scope = CallScope.root();
    CompletableFuture<Void> waiting = scope.call(() -> Async.delay(Duration.ofSeconds(30)));
    scope.cancel();
    assertThat(waiting).isCancelled();
  }

  @Test
  void publisherReadsEveryPageOnDemand() throws Exception {
    Page second = Page.last(List.of(CrmRecord.of("A", "2", Map.of())));
    Page first =
        Page.of(
            List.of(CrmRecord.of("A", "1", Map.of())),
            () -> CompletableFuture.completedFuture(second));
    List<String> ids = new CopyOnWriteArrayList<>();
    CompletableFuture<Void> complete = new CompletableFuture<>();

    Async.publisher(() -> CompletableFuture.completedFuture(first))
        .subscribe(
            new Flow.Subscriber<>() {
              @Override
              public void onSubscribe(Flow.Subscription s) {
                s.request(Long.MAX_VALUE);
              }

              @Override
              public void onNext(CrmRecord item) {
                ids.add(item.id());
              }

              @Override
              public void onError(Throwable t) {
                complete.completeExceptionally(t);
              }

              @Override
              public void onComplete() {
                complete.complete(null);
              }
            });

    complete.get(5, TimeUnit.SECONDS);
    assertThat(ids).containsExactly("1", "2");
  }
}
