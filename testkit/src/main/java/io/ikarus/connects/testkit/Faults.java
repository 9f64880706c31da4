package io.ikarus.connects.testkit;

import io.ikarus.connects.testkit.internal.FaultPlan;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Fault injection for a fake: make the next calls fail, slow down, drop the connection, return a
 * broken body, or expire the access tokens.
 *
 * <p>Rules are consumed in the order they were added; a call can trigger several rules (a delay and
 * a failure, say). A failing call is not processed; a dropped or malformed call <em>is</em>
 * processed (the write happens) and only the response is damaged, exactly the case where a client
 * must not blindly retry a non-idempotent request. Thread-safe. Example: {@code
 * sf.faults().failNext(2, 503);}
 */
public final class Faults {

  private final FaultPlan plan;

  Faults(FaultPlan plan) {
    this.plan = plan;
  }

  /** The next {@code count} calls fail with {@code status} and the vendor's error body for it. */
  public Faults failNext(int count, int status) {
    return respondNext(count, call -> true, status, null, Map.of());
  }

  /** The next {@code count} calls fail with {@code status} and exactly {@code body}. */
  public Faults failNext(int count, int status, String body) {
    return respondNext(count, call -> true, status, Objects.requireNonNull(body, "body"), Map.of());
  }

  /**
   * The next {@code count} calls fail with {@code status}, the vendor's error body and a {@code
   * Retry-After} header in whole seconds.
   */
  public Faults failNextWithRetryAfter(int count, int status, Duration retryAfter) {
    String seconds = Long.toString(retryAfter.toSeconds());
    return respondNext(count, call -> true, status, null, Map.of("Retry-After", seconds));
  }

  /**
   * The next {@code count} calls matching {@code when} fail with {@code status}, {@code body}
   * (null: the vendor's error body for the status) and the extra {@code headers}.
   */
  public Faults respondNext(
      int count,
      Predicate<RecordedCall> when,
      int status,
      String body,
      Map<String, String> headers) {
    plan.add(count, when, new FaultPlan.Fail(status, body, headers));
    return this;
  }

  /** The next {@code count} calls are answered only after {@code delay}. */
  public Faults delayNext(int count, Duration delay) {
    plan.add(count, call -> true, new FaultPlan.Delay(delay));
    return this;
  }

  /** Every call from now on is answered after {@code delay} ({@link Duration#ZERO} to stop). */
  public Faults latency(Duration delay) {
    plan.latency(delay);
    return this;
  }

  /** The next {@code count} calls are processed, then the connection drops mid-body. */
  public Faults dropConnectionNext(int count) {
    return dropConnectionNext(count, call -> true);
  }

  /** Like {@link #dropConnectionNext(int)}, for calls matching {@code when} only. */
  public Faults dropConnectionNext(int count, Predicate<RecordedCall> when) {
    plan.add(count, when, new FaultPlan.Drop());
    return this;
  }

  /** The next {@code count} calls are processed, then answered with a truncated, invalid body. */
  public Faults malformedBodyNext(int count) {
    plan.add(count, call -> true, new FaultPlan.Malformed());
    return this;
  }

  /**
   * After {@code calls} more calls, every access token issued so far becomes invalid, as when a
   * session times out in the middle of a run; {@code 0} expires them before the next call.
   */
  public Faults expireTokensAfter(int calls) {
    plan.expireTokensAfter(calls);
    return this;
  }

  /**
   * A keep-alive connection that waits longer than {@code timeout} for its next request is closed
   * by the server, as vendors' load balancers do; a client reusing it from its pool meets a stale
   * connection. Default 60 s; {@link Duration#ZERO} keeps idle connections open.
   */
  public Faults idleTimeout(Duration timeout) {
    plan.idleTimeout(Objects.requireNonNull(timeout, "timeout"));
    return this;
  }

  /** How long a keep-alive connection may wait for its next request (default 60 s). */
  public Duration idleTimeout() {
    return plan.idleTimeout();
  }

  /**
   * Closes now every connection that is waiting for its next request, as when the server's idle
   * timer fires: the client's pooled connections turn stale. Connections serving a call are kept.
   */
  public Faults closeIdleConnections() {
    plan.closeIdleConnections();
    return this;
  }

  /** Removes every pending rule and the latency, and restores the default idle timeout. */
  public void clear() {
    plan.clear();
  }
}
