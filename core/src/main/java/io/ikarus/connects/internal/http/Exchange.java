package io.ikarus.connects.internal.http;

import io.ikarus.connects.internal.connector.CallScope;
import io.ikarus.connects.internal.log.LogContext;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.ErrorMapper;
import java.util.concurrent.CompletableFuture;

/**
 * One logical request across its attempts: what to send, how to judge the answer, the operation
 * scope it counts into, and the step in progress (a wait or an HTTP call) so that cancelling the
 * caller's future stops it.
 */
final class Exchange {

  final ApiRequest request;
  final ErrorMapper mapper;
  final boolean counted;
  final CallScope scope;

  /** The id the MDC carries for this request across its attempts. */
  final String id = LogContext.newRequestId();

  private volatile CompletableFuture<?> current;
  private volatile boolean cancelled;

  Exchange(ApiRequest request, ErrorMapper mapper, boolean counted, CallScope scope) {
    this.request = request;
    this.mapper = mapper;
    this.counted = counted;
    this.scope = scope;
  }

  /** Makes {@code step} the step in progress; cancels it at once when already cancelled. */
  <T> CompletableFuture<T> track(CompletableFuture<T> step) {
    current = step;
    if (cancelled) {
      step.cancel(true);
    }
    return step;
  }

  /** Records one HTTP call in the operation scope, when this exchange counts. */
  void countCall() {
    if (counted && scope != null) {
      scope.countCall();
    }
  }

  void cancel() {
    cancelled = true;
    CompletableFuture<?> step = current;
    if (step != null) {
      step.cancel(true);
    }
  }

  boolean isCancelled() {
    return cancelled;
  }
}
