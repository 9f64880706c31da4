package io.ikarus.connects.salesforce;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Drains pages and publishers in tests. */
final class Collect {

  private Collect() {}

  /** Every record of the pages starting at {@code first}. */
  static List<CrmRecord> pages(Page first) {
    List<CrmRecord> out = new ArrayList<>(first.records());
    for (Page p = first; p.hasNext(); ) {
      p = p.next().join();
      out.addAll(p.records());
    }
    return out;
  }

  /**
   * Subscribes, requests one record at a time, and hands each to {@code onEach} before asking for
   * the next; returns every record once the stream completes.
   */
  static List<CrmRecord> oneByOne(Flow.Publisher<CrmRecord> publisher, Consumer<CrmRecord> onEach)
      throws Exception {
    List<CrmRecord> out = new ArrayList<>();
    CompletableFuture<List<CrmRecord>> done = new CompletableFuture<>();
    publisher.subscribe(
        new Flow.Subscriber<>() {
          private Flow.Subscription subscription;

          @Override
          public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(1);
          }

          @Override
          public void onNext(CrmRecord item) {
            out.add(item);
            onEach.accept(item);
            subscription.request(1);
          }

          @Override
          public void onError(Throwable t) {
            done.completeExceptionally(t);
          }

          @Override
          public void onComplete() {
            done.complete(out);
          }
        });
    return done.get(60, TimeUnit.SECONDS);
  }
}
