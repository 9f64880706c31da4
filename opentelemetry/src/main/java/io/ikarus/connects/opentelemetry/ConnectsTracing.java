package io.ikarus.connects.opentelemetry;

import io.ikarus.connects.event.ConnectorListener;
import io.opentelemetry.api.OpenTelemetry;
import java.util.Objects;

/**
 * OpenTelemetry tracing for Ikarus Connects: an {@code INTERNAL} span per connector operation
 * ({@code "hubspot create"}, child of the caller's current span; batch size, failed records, HTTP
 * calls and {@code error.type} as attributes) and, inside it, a {@code CLIENT} span per HTTP
 * attempt, with the stable HTTP client semantic-convention attributes ({@code http.request.method},
 * {@code server.address}, {@code server.port}, {@code http.response.status_code}, {@code
 * http.request.resend_count}, {@code error.type}) and the connector and operation.
 *
 * <pre>{@code
 * CrmConnector crm = HubSpotConnector.builder()
 *     .auth(BearerTokenAuth.of(token))
 *     .options(ClientOptions.builder()
 *         .listener(ConnectsTracing.connectorListener(GlobalOpenTelemetry.get()))
 *         .build())
 *     .build();
 * }</pre>
 *
 * <p>Spans carry no URL, query, header, body, record id or field value: nothing that could be a
 * secret or personal data. The listener is thread-safe; one may serve many connectors.
 */
public final class ConnectsTracing {

  /** The instrumentation scope name of the spans. */
  public static final String SCOPE = "io.ikarus.connects";

  /** Span attribute: the connector's name, such as {@code hubspot}. */
  public static final String CONNECTOR = "connects.connector";

  /** Span attribute: the operation, such as {@code create}. */
  public static final String OPERATION = "connects.operation";

  private ConnectsTracing() {}

  /**
   * A connector listener that records spans through {@code openTelemetry}'s tracer. Pass it to
   * {@code ClientOptions.Builder.listener}.
   */
  public static ConnectorListener connectorListener(OpenTelemetry openTelemetry) {
    Objects.requireNonNull(openTelemetry, "openTelemetry");
    return new TracingListener(
        openTelemetry.getTracer(
            SCOPE, ConnectsTracing.class.getPackage().getImplementationVersion()));
  }
}
