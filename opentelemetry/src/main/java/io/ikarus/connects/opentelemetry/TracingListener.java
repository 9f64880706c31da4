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

/**
 * Turns operation events into operation spans and request events into attempt spans. Thread-safe.
 */
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

  static final AttributeKey<Long> RECORDS = AttributeKey.longKey("connects.batch.records");
  static final AttributeKey<Long> FAILED = AttributeKey.longKey("connects.batch.failed_records");
  static final AttributeKey<Long> CALLS = AttributeKey.longKey("connects.api_calls");

  /** Attempt spans in flight, by request id: a request has one attempt in flight at a time. */
  private final Map<String, Span> attempts = new ConcurrentHashMap<>();

  /** Operation spans in flight, by operation id. */
  private final Map<Long, Span> operations = new ConcurrentHashMap<>();

  TracingListener(Tracer tracer) {
    this.tracer = tracer;
  }

  /**
   * An {@code INTERNAL} span named {@code "<connector> <operation>"}, a child of the caller's
   * current span (the start event comes on the caller's thread).
   */
  @Override
  public void onOperationStart(OperationStartEvent e) {
    SpanBuilder b =
        tracer
            .spanBuilder(e.connector() + " " + e.operation())
            .setSpanKind(SpanKind.INTERNAL)
            .setParent(Context.current())
            .setAttribute(CONNECTOR, e.connector())
            .setAttribute(OPERATION, e.operation());
    if (e.isBatch()) {
      b.setAttribute(RECORDS, (long) e.records());
    }
    operations.put(e.operationId(), b.startSpan());
  }

  @Override
  public void onOperationEnd(OperationEndEvent e) {
    Span span = operations.remove(e.operationId());
    if (span == null) {
      return;
    }
    span.setAttribute(CALLS, (long) e.apiCalls());
    if (e.failedRecords() >= 0) {
      span.setAttribute(FAILED, (long) e.failedRecords());
    }
    if (e.error() != null) {
      span.setAttribute(ERROR, e.error().getClass().getName());
      span.setStatus(StatusCode.ERROR);
    }
    span.end();
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
            .setParent(parent(e.operationId()))
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

  /** The operation span of this request when one is open, else the current context. */
  private Context parent(long operationId) {
    Span operation = operations.get(operationId);
    return operation == null ? Context.current() : Context.current().with(operation);
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
