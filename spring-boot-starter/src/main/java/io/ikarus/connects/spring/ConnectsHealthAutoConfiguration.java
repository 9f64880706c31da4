package io.ikarus.connects.spring;

import io.ikarus.connects.CrmConnector;
import java.util.Map;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * A health contributor named {@code ikarusConnects} with one indicator per connector bean, when
 * Spring Boot Actuator is on the class path. A connector is up when it can authenticate (which
 * obtains or reuses its token; static tokens need no call).
 */
@AutoConfiguration(after = ConnectsAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
public class ConnectsHealthAutoConfiguration {

  /** Creates the configuration; used by Spring. */
  public ConnectsHealthAutoConfiguration() {}

  /**
   * One indicator per connector, keyed by bean name.
   *
   * @param connectors the connector beans by name
   * @return the contributor
   */
  @Bean
  @ConditionalOnMissingBean(name = "ikarusConnectsHealthContributor")
  public CompositeHealthContributor ikarusConnectsHealthContributor(
      Map<String, CrmConnector> connectors) {
    return CompositeHealthContributor.fromMap(connectors, ConnectorHealthIndicator::new);
  }
}
