package io.ikarus.connects.spring;

import io.ikarus.connects.CrmConnector;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * Up when the connector authenticates within {@link #TIMEOUT}; down with the error's type and its
 * message (the SDK's messages carry no secrets) otherwise.
 */
final class ConnectorHealthIndicator implements HealthIndicator {

  static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final CrmConnector connector;

  ConnectorHealthIndicator(CrmConnector connector) {
    this.connector = connector;
  }

  @Override
  public Health health() {
    try {
      connector.authenticate().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      return Health.up().withDetail("connector", connector.name()).build();
    } catch (ExecutionException | CompletionException e) {
      return down(e.getCause() == null ? e : e.getCause());
    } catch (TimeoutException e) {
      return down(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return down(e);
    }
  }

  private Health down(Throwable error) {
    return Health.down()
        .withDetail("connector", connector.name())
        .withDetail("error", error.getClass().getSimpleName())
        .withDetail("message", String.valueOf(error.getMessage()))
        .build();
  }
}
