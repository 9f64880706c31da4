package io.ikarus.connects.internal.memory;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Page;
import java.util.Collections;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * One subscriber's walk through the pages. Signals are serialised by a work-in-progress counter:
 * whichever thread moves the counter from zero drains, others only leave work for it, so the
 * subscriber is never called concurrently or re-entrantly.
 */
final class PageSubscription implements Flow.Subscription {

  private final Flow.Subscriber<? super CrmRecord> subscriber;
  private final AtomicLong demand = new AtomicLong();
  private final AtomicInteger wip = new AtomicInteger();
  private volatile boolean cancelled;
  private volatile Page arrived;
  private volatile Throwable failure;
  private volatile boolean fetching;
  private Supplier<CompletableFuture<Page>> next;
  private Iterator<CrmRecord> buffer = Collections.emptyIterator();
  private boolean done;

  PageSubscription(
      Flow.Subscriber<? super CrmRecord> subscriber, Supplier<CompletableFuture<Page>> first) {
    this.subscriber = subscriber;
    this.next = first;
  }

  @Override
  public void request(long n) {
    if (n <= 0) {
      failure = new IllegalArgumentException("request must be positive (rule 3.9): " + n);
    } else {
      demand.getAndAccumulate(n, (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b);
    }
    drain();
  }

  @Override
  public void cancel() {
    cancelled = true;
  }

  private void drain() {
    if (wip.getAndIncrement() != 0) {
      return;
    }
    do {
      step();
    } while (wip.decrementAndGet() != 0);
  }

  private void step() {
    if (cancelled || done) {
      return;
    }
    if (failure != null) {
      terminate(failure);
      return;
    }
    takeArrivedPage();
    while (demand.get() > 0 && buffer.hasNext() && !cancelled) {
      demand.decrementAndGet();
      subscriber.onNext(buffer.next());
    }
    if (buffer.hasNext() || fetching || cancelled) {
      return;
    }
    if (next == null) {
      terminate(null);
    } else if (demand.get() > 0) {
      fetch();
    }
  }

  private void takeArrivedPage() {
    Page page = arrived;
    if (page != null) {
      arrived = null;
      buffer = page.records().iterator();
      next = page.hasNext() ? page::next : null;
      fetching = false;
    }
  }

  private void fetch() {
    fetching = true;
    CompletableFuture<Page> future;
    try {
      future = next.get();
    } catch (RuntimeException e) {
      future = CompletableFuture.failedFuture(e);
    }
    future.whenComplete(
        (page, error) -> {
          if (error != null) {
            failure =
                error instanceof CompletionException && error.getCause() != null
                    ? error.getCause()
                    : error;
          } else {
            arrived = page;
          }
          drain();
        });
  }

  private void terminate(Throwable error) {
    done = true;
    if (error == null) {
      subscriber.onComplete();
    } else {
      subscriber.onError(error);
    }
  }
}
