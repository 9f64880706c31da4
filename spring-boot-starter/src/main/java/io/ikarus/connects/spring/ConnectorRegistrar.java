package io.ikarus.connects.spring;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.ConfigurationException;
import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.CrmConnectors;
import io.ikarus.connects.event.ConnectorListener;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.core.env.Environment;

/** Registers a lazily built {@link CrmConnector} bean for each configured connector. */
final class ConnectorRegistrar implements BeanDefinitionRegistryPostProcessor, BeanFactoryAware {

  private final Environment environment;
  private BeanFactory beanFactory;

  ConnectorRegistrar(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void setBeanFactory(BeanFactory beanFactory) {
    this.beanFactory = beanFactory;
  }

  @Override
  public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
    ConnectorProperties.read(environment)
        .forEach(
            (name, config) -> {
              RootBeanDefinition definition =
                  new RootBeanDefinition(CrmConnector.class, () -> create(name, config));
              definition.setDestroyMethodName("close");
              registry.registerBeanDefinition(name, definition);
            });
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory factory) {}

  private CrmConnector create(String name, Map<String, Object> config) {
    List<ConnectorListener> listeners =
        beanFactory.getBeanProvider(ConnectorListener.class).orderedStream().toList();
    try {
      return CrmConnectors.fromConfig(
          config, environment::getProperty, options -> withListeners(options, listeners));
    } catch (ConfigurationException e) {
      String property = ConnectorProperties.PREFIX + "." + name + "." + e.key().replace('_', '-');
      // The message already holds the original's; the property name is what the user edits.
      throw new ConfigurationException(
          property, "connector '" + name + "': " + e.getMessage() + " (property " + property + ")");
    }
  }

  private static ClientOptions withListeners(
      ClientOptions options, List<ConnectorListener> listeners) {
    if (listeners.isEmpty()) {
      return options;
    }
    return options.toBuilder()
        .listener(new CompositeListener(options.listener(), listeners))
        .build();
  }
}
