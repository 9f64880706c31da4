package io.ikarus.connects.internal.connector;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Page;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One subscription of a {@link PagePublisher}. Signals are serialised by a drain loop (the usual
 * work-in-progress counter), so the subscriber is never called concurrently and never re-entered.
 */
final class PageSubscription implements Flow.Subscription {

  private static final Logger LOG = LoggerFactory.getLogger(PageSubscription.class);

  private final Flow.Subscriber<? super CrmRecord> subscriber;
  private final AtomicLong demand = new AtomicLong();
  private final AtomicInteger wip = new AtomicInteger();
  private final ArrayDeque<CrmRecord> buffer = new ArrayDeque<>();
  private Supplier<CompletableFuture<Page>> next;
  private boolean fetching;
  private boolean terminated;
  private volatile Page arrived;
  private volatile Throwable failure;
  private volatile boolean cancelled;
  private volatile CompletableFuture<Page> inFlight;

  PageSubscription(
      Flow.Subscriber<? super CrmRecord> subscriber, Supplier<CompletableFuture<Page>> first) {
    this.subscriber = subscriber;
    this.next = first;
  }

  void start() {
    drain();
  }

  @Override
  public void request(long n) {
    if (n <= 0) {
      failure =
          new IllegalArgumentException("request(n) needs n > 0 (Reactive Streams rule 3.9): " + n);
    } else {
      demand.accumulateAndGet(n, (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b);
    }
    drain();
  }

  @Override
  public void cancel() {
    cancelled = true;
    CompletableFuture<Page> f = inFlight;
    if (f != null) {
      f.cancel(true);
    }
    drain();
  }

  private void drain() {
    if (wip.getAndIncrement() != 0) {
      return;
    }
    int missed = 1;
    do {
      emit();
      missed = wip.addAndGet(-missed);
    } while (missed != 0);
  }

  private void emit() {
    while (!terminated) {
      if (cancelled) {
        terminate();
        return;
      }
      Throwable error = failure;
      if (error != null) {
        terminate();
        subscriber.onError(error);
        return;
      }
      takeArrivedPage();
      if (!buffer.isEmpty() && demand.get() > 0) {
        demand.decrementAndGet();
        onNext(buffer.poll());
        continue;
      }
      if (buffer.isEmpty() && !fetching) {
        if (next == null) {
          terminate();
          subscriber.onComplete();
        } else if (demand.get() > 0) {
          fetch();
        }
      }
      return;
    }
  }

  private void onNext(CrmRecord record) {
    try {
      subscriber.onNext(record);
    } catch (RuntimeException e) {
      // Rule 2.13: a throwing subscriber is broken; stop sending to it.
      LOG.warn("a stream subscriber threw from onNext; the subscription is cancelled", e);
      cancelled = true;
    }
  }

  private void takeArrivedPage() {
    Page page = arrived;
    if (page != null) {
      arrived = null;
      fetching = false;
      buffer.addAll(page.records());
      next = page.hasNext() ? page::next : null;
    }
  }

  private void fetch() {
    fetching = true;
    CompletableFuture<Page> f;
    try {
      f = next.get();
    } catch (RuntimeException e) {
      f = CompletableFuture.failedFuture(e);
    }
    inFlight = f;
    f.whenComplete(
        (page, error) -> {
          inFlight = null;
          if (error != null) {
            failure = Futures.unwrap(error);
          } else {
            arrived = page;
          }
          drain();
        });
  }

  private void terminate() {
    terminated = true;
    buffer.clear();
    next = null;
  }
}
