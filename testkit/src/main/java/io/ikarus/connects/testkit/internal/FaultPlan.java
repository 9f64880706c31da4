package io.ikarus.connects.testkit.internal;

import io.ikarus.connects.testkit.RecordedCall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The pending fault rules of one fake; thread-safe. */
public final class FaultPlan {

  /**
   * How long a keep-alive connection may wait for its next request by default: the idle timeout of
   * common load balancers in front of vendors' APIs (AWS ALB's default is 60 s).
   */
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(60);

  private final List<Rule> rules = new ArrayList<>();
  private Duration latency = Duration.ZERO;
  private int callsUntilTokenExpiry = -1;
  private volatile Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
  private volatile Runnable idleCloser = () -> {};

  /**
   * What a fault rule does to one call.
   *
   * @param kind the kind of damage
   * @param status the status to answer with ({@link Kind#FAIL} only)
   * @param body the body to answer with, or null for the vendor's error body ({@link Kind#FAIL})
   * @param headers extra response headers ({@link Kind#FAIL})
   * @param delay how long to hold the response ({@link Kind#DELAY})
   */
  public record Action(
      Kind kind, int status, String body, Map<String, String> headers, Duration delay) {

    /** The kinds of damage. */
    public enum Kind {
      /** Answer with an error instead of processing. */
      FAIL,
      /** Process, then hold the response. */
      DELAY,
      /** Process, then drop the connection mid-body. */
      DROP,
      /** Process, then answer with a truncated body. */
      MALFORMED
    }

    /** Copies the headers. */
    public Action {
      headers = Map.copyOf(headers);
    }

    public static Action fail(int status, String body, Map<String, String> headers) {
      if (status < 100 || status > 599) {
        throw new IllegalArgumentException("status must be an HTTP status code, not " + status);
      }
      return new Action(Kind.FAIL, status, body, headers, Duration.ZERO);
    }

    public static Action delay(Duration delay) {
      if (delay.isNegative()) {
        throw new IllegalArgumentException("delay must not be negative: " + delay);
      }
      return new Action(Kind.DELAY, 0, null, Map.of(), delay);
    }

    public static Action drop() {
      return new Action(Kind.DROP, 0, null, Map.of(), Duration.ZERO);
    }

    public static Action malformed() {
      return new Action(Kind.MALFORMED, 0, null, Map.of(), Duration.ZERO);
    }
  }

  private static final class Rule {
    int remaining;
    final Predicate<RecordedCall> when;
    final Action action;

    Rule(int remaining, Predicate<RecordedCall> when, Action action) {
      this.remaining = remaining;
      this.when = when;
      this.action = action;
    }
  }

  /** Adds a rule for the next {@code count} calls matching {@code when}. */
  public synchronized void add(int count, Predicate<RecordedCall> when, Action action) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, not " + count);
    }
    rules.add(new Rule(count, when, action));
  }

  /** Sets the latency added to every call. */
  public synchronized void latency(Duration delay) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("latency must not be negative: " + delay);
    }
    latency = delay;
  }

  /** Sets how long a connection may wait for its next request ({@link Duration#ZERO}: forever). */
  public void idleTimeout(Duration timeout) {
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("idle timeout must not be negative: " + timeout);
    }
    idleTimeout = timeout;
  }

  /** How long a connection may wait for its next request ({@link Duration#ZERO}: forever). */
  public Duration idleTimeout() {
    return idleTimeout;
  }

  /** Sets what {@link #closeIdleConnections()} runs; the server registers itself here. */
  public void onCloseIdleConnections(Runnable closer) {
    idleCloser = closer;
  }

  /** Closes every connection that is waiting for its next request, now. */
  public void closeIdleConnections() {
    idleCloser.run();
  }

  /** Arms the token expiry countdown. */
  public synchronized void expireTokensAfter(int calls) {
    if (calls < 0) {
      throw new IllegalArgumentException("calls must not be negative: " + calls);
    }
    callsUntilTokenExpiry = calls;
  }

  /** True once when the countdown armed by {@link #expireTokensAfter} reaches this call. */
  public synchronized boolean tokenExpiryDue() {
    if (callsUntilTokenExpiry < 0) {
      return false;
    }
    if (callsUntilTokenExpiry == 0) {
      callsUntilTokenExpiry = -1;
      return true;
    }
    callsUntilTokenExpiry--;
    return false;
  }

  /** The actions that apply to {@code call}, consuming one use of each matching rule. */
  public synchronized List<Action> take(RecordedCall call) {
    List<Action> actions = new ArrayList<>();
    if (!latency.isZero()) {
      actions.add(Action.delay(latency));
    }
    for (Iterator<Rule> it = rules.iterator(); it.hasNext(); ) {
      Rule rule = it.next();
      if (rule.when.test(call)) {
        actions.add(rule.action);
        if (--rule.remaining == 0) {
          it.remove();
        }
      }
    }
    return actions;
  }

  /** Removes every rule, the latency and the expiry countdown; restores the idle timeout. */
  public synchronized void clear() {
    rules.clear();
    latency = Duration.ZERO;
    idleTimeout = DEFAULT_IDLE_TIMEOUT;
    callsUntilTokenExpiry = -1;
  }
}
