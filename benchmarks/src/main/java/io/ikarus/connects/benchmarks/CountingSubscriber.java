package io.ikarus.connects.benchmarks;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * Counts the items of a publisher, requesting 1,000 at a time, and completes {@link #done()} with
 * the count, or exceptionally with the publisher's error.
 *
 * @param <T> the item type
 */
final class CountingSubscriber<T> implements Flow.Subscriber<T> {

  private static final int BATCH = 1_000;

  private final CompletableFuture<Long> done = new CompletableFuture<>();
  private Flow.Subscription subscription;
  private volatile long count;
  private int outstanding;

  /** The items received so far; safe to read from any thread. */
  long count() {
    return count;
  }

  /** The count, once the publisher completes. */
  CompletableFuture<Long> done() {
    return done;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    outstanding = BATCH;
    s.request(BATCH);
  }

  @Override
  public void onNext(T item) {
    count = count + 1;
    if (--outstanding == 0) {
      outstanding = BATCH;
      subscription.request(BATCH);
    }
  }

  @Override
  public void onError(Throwable t) {
    done.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    done.complete(count);
  }
}
