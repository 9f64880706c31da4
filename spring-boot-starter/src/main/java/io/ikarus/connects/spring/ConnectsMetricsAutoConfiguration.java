package io.ikarus.connects.spring;

import io.ikarus.connects.event.ConnectorListener;
import io.ikarus.connects.micrometer.ConnectsMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Meters every configured connector's requests, retries, rate-limit waits and token refreshes in
 * the application's {@link MeterRegistry} (see {@link ConnectsMetrics} for the meter names), when
 * {@code connects-micrometer} is on the class path and a registry bean exists.
 */
@AutoConfiguration(
    before = ConnectsAutoConfiguration.class,
    afterName = {
      "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration"
    })
@ConditionalOnClass({MeterRegistry.class, ConnectsMetrics.class})
@ConditionalOnBean(MeterRegistry.class)
public class ConnectsMetricsAutoConfiguration {

  /** Creates the configuration; used by Spring. */
  public ConnectsMetricsAutoConfiguration() {}

  /**
   * The listener that meters connector events.
   *
   * @param registry the application's registry
   * @return the listener
   */
  @Bean
  public ConnectorListener ikarusConnectsMetricsListener(MeterRegistry registry) {
    return ConnectsMetrics.connectorListener(registry);
  }
}
