package io.ikarus.connects.hubspot;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.auth.AuthProvider;
import io.ikarus.connects.auth.BearerTokenAuth;
import io.ikarus.connects.resilience.RetrySettings;
import io.ikarus.connects.testkit.FakeHubSpot;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Builds connectors pointed at a {@link FakeHubSpot}. */
final class FakeSetup {

  private FakeSetup() {}

  /** A connector with a private-app token and generous limits (tests here count calls). */
  static HubSpotConnector.Builder connector(FakeHubSpot fake) {
    return connector(fake, BearerTokenAuth.of(fake.privateAppToken()))
        .burstLimit(100_000, Duration.ofSeconds(10))
        .searchLimit(10_000, Duration.ofSeconds(1));
  }

  /** A connector with {@code auth} and HubSpot's default limits. */
  static HubSpotConnector.Builder connector(FakeHubSpot fake, AuthProvider auth) {
    return HubSpotConnector.builder()
        .auth(auth)
        .formsUrl(URI.create(fake.url()))
        .options(
            ClientOptions.builder()
                .baseUrl(URI.create(fake.url()))
                .authUrl(URI.create(fake.url()))
                .retry(RetrySettings.builder().baseDelay(Duration.ofMillis(5)).build())
                .build());
  }

  /** Waits up to 60 s; rethrows the failure unwrapped. */
  static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get(60, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new AssertionError(e.getCause());
    } catch (InterruptedException | TimeoutException e) {
      throw new AssertionError("no answer within 60 s", e);
    }
  }
}
