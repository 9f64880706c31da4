package io.ikarus.connects.event;

import io.ikarus.connects.error.CrmException;
import java.time.Duration;
import java.time.Instant;

/**
 * Receives a connector's request lifecycle events, for metrics, tracing and progress output. Every
 * method has an empty default; override those you need.
 *
 * <p>Called on OkHttp or scheduler threads: implementations must be thread-safe and fast, and must
 * not block. An exception thrown by a listener is logged and otherwise ignored. Paths are redacted:
 * secrets in query parameters never reach a listener.
 */
public interface ConnectorListener {

  /** A listener that ignores every event. */
  ConnectorListener NONE = new ConnectorListener() {};

  /** An HTTP request is about to be sent. */
  default void onRequest(RequestEvent event) {}

  /** An HTTP response arrived (any status), or the call failed without one. */
  default void onResponse(ResponseEvent event) {}

  /** A failed attempt will be retried after a delay. */
  default void onRetry(RetryEvent event) {}

  /** A request waits for a rate-limit permit, or the vendor refused it for its rate limit. */
  default void onRateLimited(RateLimitedEvent event) {}

  /** A new access token was obtained. */
  default void onTokenRefreshed(TokenRefreshedEvent event) {}

  /**
   * A public connector operation (such as {@code create}, {@code createAll} or a vendor extra like
   * {@code soql}) starts, before any of its HTTP requests. Called on the caller's thread.
   */
  default void onOperationStart(OperationStartEvent event) {}

  /**
   * A public connector operation ended: its future is about to complete (successfully,
   * exceptionally or by cancellation). Exactly one end follows each start, with the same {@code
   * operationId}.
   */
  default void onOperationEnd(OperationEndEvent event) {}

  /**
   * A request about to be sent.
   *
   * @param connector the connector name
   * @param operation the operation, such as {@code "create"}
   * @param method the HTTP method
   * @param path the URL path and redacted query
   * @param attempt the attempt number, from 1
   * @param operationId the {@link OperationStartEvent#operationId()} of the operation the request
   *     belongs to, or 0 when it was sent outside any operation
   * @param requestId the SDK's id of the logical request, the same across its attempts and in
   *     the MDC ({@link MdcKeys#REQUEST_ID}); null when the sender does not say
   * @param serverAddress the host the request goes to; null when the sender does not say
   * @param serverPort the port the request goes to; 0 when the sender does not say
   */
  record RequestEvent(
      String connector,
      String operation,
      String method,
      String path,
      int attempt,
      long operationId,
      String requestId,
      String serverAddress,
      int serverPort) {

    /** An event outside any operation, without request id and server. */
    public RequestEvent(
        String connector, String operation, String method, String path, int attempt) {
      this(connector, operation, method, path, attempt, 0, null, null, 0);
    }
  }

  /**
   * A response, or a failure without one.
   *
   * @param connector the connector name
   * @param operation the operation
   * @param method the HTTP method
   * @param path the URL path and redacted query
   * @param status the HTTP status, or 0 when no response arrived
   * @param duration time from send to response
   * @param operationId the id of the operation the request belongs to, or 0
   * @param requestId the SDK's id of the logical request, as in its {@link RequestEvent}; null
   *     when the sender does not say
   * @param failure why no response arrived (status 0), such as a timeout; null otherwise
   */
  record ResponseEvent(
      String connector,
      String operation,
      String method,
      String path,
      int status,
      Duration duration,
      long operationId,
      String requestId,
      Throwable failure) {

    /** An event outside any operation, without request id and failure. */
    public ResponseEvent(
        String connector,
        String operation,
        String method,
        String path,
        int status,
        Duration duration) {
      this(connector, operation, method, path, status, duration, 0, null, null);
    }
  }

  /**
   * A retry about to be scheduled.
   *
   * @param connector the connector name
   * @param operation the operation
   * @param attempt the attempt that failed, from 1
   * @param delay the wait before the next attempt
   * @param failure why the attempt failed
   */
  record RetryEvent(
      String connector, String operation, int attempt, Duration delay, CrmException failure) {}

  /**
   * A rate-limit wait.
   *
   * @param connector the connector name
   * @param bucket the bucket or vendor policy involved, such as {@code "default"} or {@code
   *     "TEN_SECONDLY_ROLLING"}
   * @param delay how long the request waits
   * @param byVendor true when the vendor refused the call (a 429 or equivalent); false when the
   *     SDK's own limiter held it back
   */
  record RateLimitedEvent(String connector, String bucket, Duration delay, boolean byVendor) {}

  /**
   * A token refresh.
   *
   * @param connector the connector name
   * @param expiresAt when the new token expires, or null when the vendor does not say
   */
  record TokenRefreshedEvent(String connector, Instant expiresAt) {}

  /**
   * An operation about to start.
   *
   * @param connector the connector name
   * @param operation the operation, such as {@code "create"}, {@code "upsertAll"} or {@code "soql"}
   * @param operationId a process-wide unique id (greater than 0) that the operation's request,
   *     response and end events carry too
   * @param records the number of input records of a batch operation, or -1 for an operation that is
   *     not a batch
   */
  record OperationStartEvent(String connector, String operation, long operationId, int records) {

    /** True for a batch operation ({@code createAll}, {@code updateAll}, ...). */
    public boolean isBatch() {
      return records >= 0;
    }
  }

  /**
   * An operation that ended.
   *
   * @param connector the connector name
   * @param operation the operation
   * @param operationId the id its start event carried
   * @param records the number of input records of a batch operation, or -1
   * @param failedRecords the records of a batch that failed (a batch itself succeeds even when
   *     records fail), or -1 when not a batch or when the batch failed as a whole
   * @param apiCalls the HTTP calls the operation made, retries included
   * @param duration the time from start to end
   * @param error why the operation failed: a {@link CrmException}, or a {@link
   *     java.util.concurrent.CancellationException} when the caller cancelled it; null on success
   */
  record OperationEndEvent(
      String connector,
      String operation,
      long operationId,
      int records,
      int failedRecords,
      int apiCalls,
      Duration duration,
      Throwable error) {

    /** True when the operation's future completed normally. */
    public boolean succeeded() {
      return error == null;
    }

    /** {@code "success"}, {@code "cancelled"} or {@code "error"}. */
    public String outcome() {
      if (error == null) {
        return "success";
      }
      return error instanceof java.util.concurrent.CancellationException ? "cancelled" : "error";
    }

    /** The simple class name of the error, such as {@code "NotFoundException"}, or null. */
    public String errorType() {
      return error == null ? null : error.getClass().getSimpleName();
    }

    /** True for a batch operation. */
    public boolean isBatch() {
      return records >= 0;
    }
  }
}
