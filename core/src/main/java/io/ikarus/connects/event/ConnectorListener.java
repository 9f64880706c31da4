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
   * A request about to be sent.
   *
   * @param connector the connector name
   * @param operation the operation, such as {@code "create"}
   * @param method the HTTP method
   * @param path the URL path and redacted query
   * @param attempt the attempt number, from 1
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
      String requestId,
      String serverAddress,
      int serverPort) {

    /** An event without request id and server. */
    public RequestEvent(
        String connector, String operation, String method, String path, int attempt) {
      this(connector, operation, method, path, attempt, null, null, 0);
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
      String requestId,
      Throwable failure) {

    /** An event without request id and failure. */
    public ResponseEvent(
        String connector,
        String operation,
        String method,
        String path,
        int status,
        Duration duration) {
      this(connector, operation, method, path, status, duration, null, null);
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
}
