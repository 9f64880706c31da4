package io.ikarus.connects.spring;

import io.ikarus.connects.event.ConnectorListener;
import io.ikarus.connects.opentelemetry.ConnectsTracing;
import io.opentelemetry.api.OpenTelemetry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Traces every configured connector's HTTP attempts with the application's {@link OpenTelemetry}
 * (see {@link ConnectsTracing}), when {@code connects-opentelemetry} is on the class path and an
 * {@code OpenTelemetry} bean exists.
 */
@AutoConfiguration(
    before = ConnectsAutoConfiguration.class,
    afterName =
        "org.springframework.boot.actuate.autoconfigure.opentelemetry.OpenTelemetryAutoConfiguration")
@ConditionalOnClass({OpenTelemetry.class, ConnectsTracing.class})
@ConditionalOnBean(OpenTelemetry.class)
public class ConnectsTracingAutoConfiguration {

  /** Creates the configuration; used by Spring. */
  public ConnectsTracingAutoConfiguration() {}

  /**
   * The listener that turns connector events into spans.
   *
   * @param openTelemetry the application's OpenTelemetry
   * @return the listener
   */
  @Bean
  public ConnectorListener ikarusConnectsTracingListener(OpenTelemetry openTelemetry) {
    return ConnectsTracing.connectorListener(openTelemetry);
  }
}
