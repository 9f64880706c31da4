package io.ikarus.connects.testkit.internal;

import io.ikarus.connects.testkit.RecordedCall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
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

  /** What a fault rule does to one call. */
  public sealed interface Action {}

  /**
   * Answer with {@code status}, {@code body} (null: the vendor's error body for it) and the extra
   * {@code headers} instead of processing the call.
   */
  public record Fail(int status, String body, Map<String, String> headers) implements Action {

    /** Checks the status and copies the headers. */
    public Fail {
      if (status < 100 || status > 599) {
        throw new IllegalArgumentException("status must be an HTTP status code, not " + status);
      }
      headers = Map.copyOf(headers);
    }
  }

  /** Process the call, then hold the response for {@code delay}. */
  public record Delay(Duration delay) implements Action {

    /** Checks that the delay is not negative. */
    public Delay {
      nonNegative(delay, "delay");
    }
  }

  /** Process the call, then drop the connection mid-body. */
  public record Drop() implements Action {}

  /** Process the call, then answer with a truncated body. */
  public record Malformed() implements Action {}

  /** A rule with {@code remaining} uses left. */
  private record Rule(int remaining, Predicate<RecordedCall> when, Action action) {}

  /** Adds a rule for the next {@code count} calls matching {@code when}. */
  public synchronized void add(int count, Predicate<RecordedCall> when, Action action) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, not " + count);
    }
    rules.add(new Rule(count, when, action));
  }

  /** Sets the latency added to every call. */
  public synchronized void latency(Duration delay) {
    latency = nonNegative(delay, "latency");
  }

  /** Sets how long a connection may wait for its next request ({@link Duration#ZERO}: forever). */
  public void idleTimeout(Duration timeout) {
    idleTimeout = nonNegative(timeout, "idle timeout");
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
    // counts down to -1, disarmed, on the call that is due
    return callsUntilTokenExpiry-- == 0;
  }

  /** The actions that apply to {@code call}, consuming one use of each matching rule. */
  public synchronized List<Action> take(RecordedCall call) {
    List<Action> actions = new ArrayList<>();
    if (!latency.isZero()) {
      actions.add(new Delay(latency));
    }
    for (ListIterator<Rule> it = rules.listIterator(); it.hasNext(); ) {
      Rule rule = it.next();
      if (rule.when().test(call)) {
        actions.add(rule.action());
        if (rule.remaining() == 1) {
          it.remove();
        } else {
          it.set(new Rule(rule.remaining() - 1, rule.when(), rule.action()));
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

  private static Duration nonNegative(Duration duration, String what) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException(what + " must not be negative: " + duration);
    }
    return duration;
  }
}
