package io.ikarus.connects.opentelemetry;

import io.ikarus.connects.event.ConnectorListener;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Turns request and response events into attempt spans. Thread-safe. */
final class TracingListener implements ConnectorListener {

  static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
  static final AttributeKey<String> SERVER = AttributeKey.stringKey("server.address");
  static final AttributeKey<Long> PORT = AttributeKey.longKey("server.port");
  static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");
  static final AttributeKey<Long> RESEND = AttributeKey.longKey("http.request.resend_count");
  static final AttributeKey<String> ERROR = AttributeKey.stringKey("error.type");
  static final AttributeKey<String> CONNECTOR = AttributeKey.stringKey(ConnectsTracing.CONNECTOR);
  static final AttributeKey<String> OPERATION = AttributeKey.stringKey(ConnectsTracing.OPERATION);

  private final Tracer tracer;

  /** Attempt spans in flight, by request id: a request has one attempt in flight at a time. */
  private final Map<String, Span> attempts = new ConcurrentHashMap<>();

  TracingListener(Tracer tracer) {
    this.tracer = tracer;
  }

  @Override
  public void onRequest(RequestEvent e) {
    if (e.requestId() == null) {
      return;
    }
    SpanBuilder b =
        tracer
            .spanBuilder(e.method())
            .setSpanKind(SpanKind.CLIENT)
            .setParent(parent(e.requestId()))
            .setAttribute(METHOD, e.method())
            .setAttribute(CONNECTOR, e.connector())
            .setAttribute(OPERATION, e.operation());
    if (e.serverAddress() != null) {
      b.setAttribute(SERVER, e.serverAddress()).setAttribute(PORT, (long) e.serverPort());
    }
    if (e.attempt() > 1) {
      b.setAttribute(RESEND, (long) e.attempt() - 1);
    }
    Span previous = attempts.put(e.requestId(), b.startSpan());
    if (previous != null) {
      previous.end();
    }
  }

  @Override
  public void onResponse(ResponseEvent e) {
    Span span = e.requestId() == null ? null : attempts.remove(e.requestId());
    if (span == null) {
      return;
    }
    if (e.status() > 0) {
      span.setAttribute(STATUS, (long) e.status());
    }
    String error = errorType(e);
    if (error != null) {
      span.setAttribute(ERROR, error);
      span.setStatus(StatusCode.ERROR);
    }
    span.end();
  }

  /** The operation span of this request when one is open, else the caller's context. */
  Context parent(String requestId) {
    return Context.current();
  }

  /**
   * The status code for 4xx and 5xx, the failure's class name when no response came (a timeout or a
   * refused connection), else null: the semantic conventions' {@code error.type}.
   */
  static String errorType(ResponseEvent e) {
    if (e.status() >= 400) {
      return Integer.toString(e.status());
    }
    if (e.status() == 0) {
      return e.failure() == null ? "_OTHER" : e.failure().getClass().getName();
    }
    return null;
  }
}
