package io.ikarus.connects.salesforce;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.auth.OAuth2;
import io.ikarus.connects.event.ConnectorListener;
import io.ikarus.connects.resilience.RetrySettings;
import io.ikarus.connects.testkit.FakeSalesforce;
import java.net.URI;
import java.time.Duration;
import java.util.function.UnaryOperator;

/** Connectors pointed at a {@link FakeSalesforce}, with waits shrunk to milliseconds. */
final class Fixtures {

  private Fixtures() {}

  /** Fast retries: tests must not sleep for real. */
  static RetrySettings fastRetries() {
    return RetrySettings.builder()
        .maxAttempts(4)
        .baseDelay(Duration.ofMillis(1))
        .maxDelay(Duration.ofMillis(5))
        .maxRetryAfter(Duration.ofSeconds(2))
        .build();
  }

  /** Options reaching the fake, with fast retries and {@code listener}. */
  static ClientOptions options(ConnectorListener listener) {
    return ClientOptions.builder().retry(fastRetries()).listener(listener).build();
  }

  /** A password-flow connector on {@code sf}, logging in at the fake. */
  static SalesforceConnector.Builder builder(FakeSalesforce sf) {
    return SalesforceConnector.builder()
        .auth(
            OAuth2.password(
                sf.clientId(), sf.clientSecret(), sf.username(), sf.password(), sf.securityToken()))
        .loginUrl(URI.create(sf.url()))
        .bulkPollInterval(Duration.ofMillis(2))
        .options(options(ConnectorListener.NONE));
  }

  /** {@link #builder} with {@code tweak} applied, built. */
  static SalesforceConnector connector(
      FakeSalesforce sf, UnaryOperator<SalesforceConnector.Builder> tweak) {
    return tweak.apply(builder(sf)).build();
  }

  /** {@link #builder}, built. */
  static SalesforceConnector connector(FakeSalesforce sf) {
    return builder(sf).build();
  }
}
