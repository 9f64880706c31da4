package io.ikarus.connects.internal.http;

import io.ikarus.connects.error.ConnectionException;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.OutcomeUnknownException;
import io.ikarus.connects.error.RateLimitException;
import io.ikarus.connects.internal.log.Redactor;
import io.ikarus.connects.internal.retry.Outcome;
import io.ikarus.connects.internal.retry.RateGate;
import io.ikarus.connects.spi.ApiResponse;
import io.ikarus.connects.spi.RateLimitStatus;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Judges one attempt: maps a response through the connector's error mapper (falling back to the
 * status codes), feeds vendor budget reports and throttling to the rate gate, and decides whether a
 * failure proves the server never processed the request.
 */
final class ResponseClassifier {

  private static final Logger LOG = LoggerFactory.getLogger(ResponseClassifier.class);
  private static final Set<Integer> UNKNOWN_STATUSES = Set.of(500, 502, 504);
  // Arrays and indexed loops: an iterator per response showed in the allocation profile.
  private static final String[] REQUEST_ID_HEADERS = {
    "X-Request-Id", "X-Correlation-Id", "x-ms-service-request-id", "REQ_ID"
  };

  private final String connector;
  private final RateGate gate;
  private final Duration defaultPause;
  private final Function<ApiResponse, List<RateLimitStatus>> statusParser;

  ResponseClassifier(
      String connector,
      RateGate gate,
      Duration defaultPause,
      Function<ApiResponse, List<RateLimitStatus>> statusParser) {
    this.connector = connector;
    this.gate = gate;
    this.defaultPause = defaultPause;
    this.statusParser = statusParser;
  }

  Outcome classify(Exchange ex, ApiResponse response) {
    observeBudget(response);
    ErrorContext context =
        new ErrorContext(
            connector, ex.request.operation(), response.status(), null, requestId(response));
    CrmException error = map(ex, response, context);
    if (error == null) {
      return Outcome.success(ex.request, response);
    }
    Duration retryAfter =
        error instanceof RateLimitException r && r.retryAfter() != null
            ? r.retryAfter()
            : response.retryAfter();
    boolean throttled = response.status() == 429 || error instanceof RateLimitException;
    if (throttled && error.isRetryable()) {
      gate.pause(RateGate.costs(ex.request), retryAfter != null ? retryAfter : defaultPause);
    }
    // A 429 or 503 says the request was not processed; a token endpoint's 5xx issued no token.
    boolean notProcessed =
        throttled || response.status() == 503 || (!ex.counted && response.status() >= 500);
    if (writeMayHaveApplied(ex, notProcessed) && UNKNOWN_STATUSES.contains(response.status())) {
      return Outcome.terminal(
          ex.request,
          new OutcomeUnknownException(
              "the server failed without saying whether it applied the write", context, error));
    }
    return Outcome.failure(ex.request, response, error, retryAfter, notProcessed);
  }

  Outcome failure(Exchange ex, Throwable thrown) {
    Throwable t = unwrap(thrown);
    if (t instanceof CrmException crm) {
      return crm.isRetryable()
          ? Outcome.failure(ex.request, null, crm, null, false)
          : Outcome.terminal(ex.request, crm);
    }
    if (t instanceof IOException io && !(t.getCause() instanceof CancellationException)) {
      String detail = "no response: " + io.getClass().getSimpleName() + ": " + io.getMessage();
      ErrorContext context = ErrorContext.of(connector, ex.request.operation());
      boolean unsent = neverSent(io) || io instanceof WriteTracking.NotWrittenException;
      if (writeMayHaveApplied(ex, unsent)) {
        return Outcome.terminal(
            ex.request,
            new OutcomeUnknownException(
                Redactor.text("the request was sent but its answer was lost: " + detail),
                context,
                io));
      }
      ConnectionException error = new ConnectionException(Redactor.text(detail), context, io);
      return Outcome.failure(ex.request, null, error, null, unsent);
    }
    return Outcome.terminal(ex.request, t);
  }

  /** A counted, non-idempotent request (a create) that the server may have acted on. */
  private static boolean writeMayHaveApplied(Exchange ex, boolean notProcessed) {
    return ex.counted && !ex.request.idempotent() && !notProcessed;
  }

  static Throwable unwrap(Throwable t) {
    while (t instanceof CompletionException && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  /**
   * True only when the request cannot have reached the server: the connection was never made. A
   * read timeout proves nothing (the server may have acted and been slow to answer).
   */
  static boolean neverSent(IOException e) {
    if (e instanceof ConnectException
        || e instanceof UnknownHostException
        || e instanceof NoRouteToHostException) {
      return true;
    }
    String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
    return e instanceof SocketTimeoutException && message.contains("connect");
  }

  private CrmException map(Exchange ex, ApiResponse response, ErrorContext context) {
    CrmException error;
    try {
      error = ex.mapper.map(response, context);
    } catch (CrmException thrown) {
      error = thrown;
    }
    String refused = response.header(CrossOriginRedirects.REFUSED);
    if (refused != null) {
      error =
          new ConnectionException(
              "refused to follow a redirect to " + Redactor.text(refused) + ": another origin",
              context,
              false,
              null);
    }
    if (error == null && response.status() >= 400) {
      error = StatusErrors.map(response, context);
    }
    return error;
  }

  private void observeBudget(ApiResponse response) {
    try {
      List<RateLimitStatus> statuses = statusParser.apply(response);
      for (int i = 0; i < statuses.size(); i++) {
        gate.observe(statuses.get(i));
      }
    } catch (RuntimeException e) {
      LOG.warn("[{}] could not read the rate-limit status of a response", connector, e);
    }
  }

  private static String requestId(ApiResponse response) {
    for (String name : REQUEST_ID_HEADERS) {
      String value = response.header(name);
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
