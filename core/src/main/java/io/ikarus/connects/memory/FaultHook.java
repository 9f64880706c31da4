package io.ikarus.connects.memory;

import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.ServerException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Injects failures into an {@link InMemoryConnector}: a whole call that fails before it has any
 * effect, a single record of a batch that fails, or a call whose effect is applied but whose answer
 * is lost (as when a response times out after the vendor processed the request).
 *
 * <p>Each method returns the error to report, or null for no fault. A method may also throw an
 * unchecked exception, which then completes the call's future exceptionally as is (tests use this
 * to simulate a process crash at an exact point). Implementations must be thread-safe.
 */
public interface FaultHook {

  /** Injects nothing. */
  FaultHook NONE = new FaultHook() {};

  /** Called before a call (or one chunk of a batch) has any effect; non-null fails it whole. */
  default CrmException beforeCall(Call call) {
    return null;
  }

  /**
   * Called before one record of a call is written; non-null fails that record only. For a delete,
   * {@code fields} holds just {@code id}.
   */
  default CrmException beforeRecord(Call call, Map<String, Object> fields) {
    return null;
  }

  /** Called after a call took effect; non-null reports the call as failed although it applied. */
  default CrmException afterCall(Call call) {
    return null;
  }

  /** Fails the {@code n}th call (from 1) of {@code operation} made after this hook is installed. */
  static FaultHook failNthCall(String operation, int n) {
    Predicate<Call> nth = nthOf(operation, n);
    return new FaultHook() {
      @Override
      public CrmException beforeCall(Call call) {
        return nth.test(call) ? injected(call, "injected failure") : null;
      }
    };
  }

  /** Applies the {@code n}th call (from 1) of {@code operation}, then reports it as failed. */
  static FaultHook loseResponseOfNthCall(String operation, int n) {
    Predicate<Call> nth = nthOf(operation, n);
    return new FaultHook() {
      @Override
      public CrmException afterCall(Call call) {
        return nth.test(call) ? injected(call, "injected lost response") : null;
      }
    };
  }

  /** Fails every written record whose fields match {@code predicate}. */
  static FaultHook failRecordsWhere(Predicate<Map<String, Object>> predicate) {
    Objects.requireNonNull(predicate, "predicate");
    return new FaultHook() {
      @Override
      public CrmException beforeRecord(Call call, Map<String, Object> fields) {
        return predicate.test(fields) ? injected(call, "injected record failure") : null;
      }
    };
  }

  private static Predicate<Call> nthOf(String operation, int n) {
    Objects.requireNonNull(operation, "operation");
    if (n < 1) {
      throw new IllegalArgumentException("n counts from 1: " + n);
    }
    AtomicInteger seen = new AtomicInteger();
    return call -> call.operation().equals(operation) && seen.incrementAndGet() == n;
  }

  private static CrmException injected(Call call, String detail) {
    return new ServerException(
        detail, ErrorContext.of("memory", call.operation()).withResponse(503, "INJECTED", null));
  }
}
