package io.ikarus.connects.internal.connector;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The operation a request belongs to, carried along the asynchronous chain of one public call (such
 * as one batch chunk), so that the engine can count the HTTP calls the operation really made and
 * cancel them all when the caller cancels.
 *
 * <p>The scope is propagated like tracing context: it is current while a connector hook runs, and
 * the engine makes it current again while it completes each response future, so stages chained
 * synchronously on those futures see it. (Stages moved to another executor with {@code *Async} lose
 * it; their calls are then simply not counted.)
 */
public final class CallScope {

  private static final ThreadLocal<CallScope> CURRENT = new ThreadLocal<>();
  private static final AtomicLong IDS = new AtomicLong();

  private final CallScope parent;
  private final long operationId;
  private final AtomicInteger calls = new AtomicInteger();
  private final Set<Runnable> cancellers = ConcurrentHashMap.newKeySet();
  private volatile boolean cancelled;

  private CallScope(CallScope parent) {
    this.parent = parent;
    this.operationId = parent == null ? IDS.incrementAndGet() : parent.operationId;
  }

  /** A new scope with no parent. */
  public static CallScope root() {
    return new CallScope(null);
  }

  /** A new scope nested in this one: its calls also count here, and cancelling this cancels it. */
  public CallScope child() {
    CallScope child = new CallScope(this);
    onCancel(child::cancel);
    return child;
  }

  /** The enclosing scope, or null for a root. */
  public CallScope parent() {
    return parent;
  }

  /** The id of the operation: unique per root scope, shared by its nested scopes. */
  public long operationId() {
    return operationId;
  }

  /** The scope current on this thread, or null. */
  public static CallScope current() {
    return CURRENT.get();
  }

  /** Runs {@code work} with this scope current, then restores the previous one. */
  public <T> T call(Supplier<T> work) {
    CallScope previous = CURRENT.get();
    CURRENT.set(this);
    try {
      return work.get();
    } finally {
      restore(previous);
    }
  }

  /** Runs {@code work} with {@code scope} (may be null) current, then restores the previous one. */
  public static void run(CallScope scope, Runnable work) {
    CallScope previous = CURRENT.get();
    CURRENT.set(scope);
    try {
      work.run();
    } finally {
      restore(previous);
    }
  }

  /** Records one HTTP call here and in every enclosing scope. */
  public void countCall() {
    for (CallScope s = this; s != null; s = s.parent) {
      s.calls.incrementAndGet();
    }
  }

  /** The HTTP calls made in this scope so far. */
  public int calls() {
    return calls.get();
  }

  /**
   * Registers {@code canceller} to run when the scope is cancelled (at once when it already is).
   * Returns a handle that unregisters it.
   */
  public Runnable onCancel(Runnable canceller) {
    cancellers.add(canceller);
    if (cancelled && cancellers.remove(canceller)) {
      canceller.run();
    }
    return () -> cancellers.remove(canceller);
  }

  /** Cancels every registered call and nested scope. */
  public void cancel() {
    cancelled = true;
    for (Runnable r : cancellers) {
      if (cancellers.remove(r)) {
        r.run();
      }
    }
  }

  /** True after {@link #cancel()}. */
  public boolean isCancelled() {
    return cancelled;
  }

  /**
   * Sets rather than removes: a thread with no entry makes one on every {@code get()}, an
   * allocation per request; an entry holding null keeps nothing alive.
   */
  private static void restore(CallScope previous) {
    CURRENT.set(previous);
  }
}
