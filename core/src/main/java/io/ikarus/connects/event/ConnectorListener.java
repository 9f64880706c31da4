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
   */
  record RequestEvent(
      String connector, String operation, String method, String path, int attempt) {}

  /**
   * A response, or a failure without one.
   *
   * @param connector the connector name
   * @param operation the operation
   * @param method the HTTP method
   * @param path the URL path and redacted query
   * @param status the HTTP status, or 0 when no response arrived
   * @param duration time from send to response
   */
  record ResponseEvent(
      String connector,
      String operation,
      String method,
      String path,
      int status,
      Duration duration) {}

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
