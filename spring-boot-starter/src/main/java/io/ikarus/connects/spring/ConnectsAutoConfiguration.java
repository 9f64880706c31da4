package io.ikarus.connects.spring;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Declares one {@link io.ikarus.connects.CrmConnector} bean per connector configured under {@code
 * ikarus.connects.<name>}, named {@code <name>}:
 *
 * <pre>{@code
 * ikarus.connects.hubspot.crm-type=hubspot
 * ikarus.connects.hubspot.auth-config.api-token=${HUBSPOT_TOKEN}
 * ikarus.connects.hubspot.options.timeout-ms=30000
 * }</pre>
 *
 * <p>Each connector's keys are those of {@link io.ikarus.connects.CrmConnectors#fromConfig(String)}
 * ({@code crm-type}, {@code auth-config.*}, {@code options.*}; kebab or snake case). An unknown key
 * fails the application's start with a {@link io.ikarus.connects.ConfigurationException} naming the
 * property and the closest valid one. Every {@link io.ikarus.connects.event.ConnectorListener} bean
 * (the Micrometer one included) receives the connectors' events. Connectors are closed with the
 * context. The name {@code jdbc} is reserved for the JDBC state store's settings.
 */
@AutoConfiguration
public class ConnectsAutoConfiguration {

  /** Creates the configuration; used by Spring. */
  public ConnectsAutoConfiguration() {}

  /**
   * Registers the connector beans; static, as bean-definition post-processors must be.
   *
   * @param environment the application's properties
   * @return the registrar
   */
  @Bean
  static ConnectorRegistrar ikarusConnectsConnectorRegistrar(Environment environment) {
    return new ConnectorRegistrar(environment);
  }
}
