package io.ikarus.connects.internal.http;

import io.ikarus.connects.internal.retry.Delays;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The concurrency cap: at most {@code max} requests in flight; the rest wait in arrival order, each
 * at most {@code maxWait}. Only sends hold a slot (never a wait for a token or a permit), so a slot
 * is always released by a call that is making progress. {@link #close} fails every waiter at once.
 * Thread-safe.
 */
final class Slots {

  private final int max;
  private final Duration maxWait;
  private final Delays delays;
  private final ArrayDeque<CompletableFuture<Void>> waiters = new ArrayDeque<>();
  private int used;
  private Throwable closed;

  Slots(int max, Duration maxWait, Delays delays) {
    this.max = max;
    this.maxWait = maxWait;
    this.delays = delays;
  }

  /** Takes a slot when one is free and nobody waits for one; false otherwise (nothing taken). */
  synchronized boolean tryAcquire() {
    if (closed == null && used < max && waiters.isEmpty()) {
      used++;
      return true;
    }
    return false;
  }

  /**
   * Completes when a slot is taken; fails with {@code timeout}'s error when none frees within
   * maxWait, or with the close error. The taker must {@link #release} the slot.
   */
  CompletableFuture<Void> acquire(Supplier<Throwable> timeout) {
    CompletableFuture<Void> waiter;
    synchronized (this) {
      if (closed != null) {
        return CompletableFuture.failedFuture(closed);
      }
      if (used < max) {
        used++;
        return CompletableFuture.completedFuture(null);
      }
      waiter = new CompletableFuture<>();
      waiters.addLast(waiter);
    }
    CompletableFuture<Void> timer = delays.after(maxWait);
    timer.thenRun(() -> expire(waiter, timeout));
    waiter.whenComplete((v, e) -> timer.cancel(false));
    return waiter;
  }

  private void expire(CompletableFuture<Void> waiter, Supplier<Throwable> timeout) {
    synchronized (this) {
      if (!waiters.remove(waiter)) {
        return;
      }
    }
    waiter.completeExceptionally(timeout.get());
  }

  /** Gives a slot back: to the longest waiter, or to the pool. */
  void release() {
    while (true) {
      CompletableFuture<Void> next;
      synchronized (this) {
        next = waiters.pollFirst();
        if (next == null) {
          used--;
          return;
        }
      }
      if (next.complete(null)) {
        return;
      }
    }
  }

  /** Fails every waiter and every later acquire with {@code error}. */
  void close(Throwable error) {
    List<CompletableFuture<Void>> failed;
    synchronized (this) {
      closed = error;
      failed = new ArrayList<>(waiters);
      waiters.clear();
    }
    failed.forEach(w -> w.completeExceptionally(error));
  }
}
