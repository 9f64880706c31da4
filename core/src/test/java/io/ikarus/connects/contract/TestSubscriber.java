package io.ikarus.connects.contract;

import io.ikarus.connects.CrmRecord;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

/** A subscriber that records what it receives and requests only when told. */
public final class TestSubscriber implements Flow.Subscriber<CrmRecord> {

  private final List<CrmRecord> received = new CopyOnWriteArrayList<>();
  private volatile Flow.Subscription subscription;
  private volatile Throwable error;
  private volatile boolean completed;

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
  }

  @Override
  public synchronized void onNext(CrmRecord record) {
    received.add(record);
    notifyAll();
  }

  @Override
  public synchronized void onError(Throwable t) {
    error = t;
    notifyAll();
  }

  @Override
  public synchronized void onComplete() {
    completed = true;
    notifyAll();
  }

  /** Requests {@code n} more records. */
  public void request(long n) {
    subscription.request(n);
  }

  /** Cancels the subscription. */
  public void cancel() {
    subscription.cancel();
  }

  /** The records received so far. */
  public List<CrmRecord> received() {
    return List.copyOf(received);
  }

  /** The error received, or null. */
  public Throwable error() {
    return error;
  }

  /** True after onComplete. */
  public boolean isCompleted() {
    return completed;
  }

  /** True after onComplete or onError. */
  public boolean isTerminated() {
    return completed || error != null;
  }

  /** Waits up to 10 s until {@code n} records arrived or the stream ended. */
  public synchronized void awaitCount(int n) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (received.size() < n && !isTerminated()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("received " + received.size() + " of " + n + " records");
      }
      try {
        TimeUnit.NANOSECONDS.timedWait(this, left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  /** Waits up to 10 s for onComplete or onError. */
  public synchronized void awaitTermination() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!isTerminated()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("the stream did not end; received " + received.size());
      }
      try {
        TimeUnit.NANOSECONDS.timedWait(this, left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
