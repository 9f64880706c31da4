package io.ikarus.connects.dynamics;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.auth.ClientCertificate;
import io.ikarus.connects.contract.ContractServer;
import io.ikarus.connects.resilience.RateLimitSettings;
import io.ikarus.connects.resilience.RetrySettings;
import io.ikarus.connects.testkit.FakeDynamics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;

/** Starts a FakeDynamics and builds connectors against it. */
final class DynamicsFixture {

  static final String API = FakeDynamics.API_PATH;

  private DynamicsFixture() {}

  /** A fake with the test certificate registered. */
  static FakeDynamics start() {
    return FakeDynamics.builder().certificate(certificate().certificate()).start();
  }

  /** A connector with a client secret; {@code scheduler} may be null. */
  static DynamicsConnector.Builder secret(FakeDynamics fake, ScheduledExecutorService scheduler) {
    return DynamicsConnector.builder()
        .resourceUrl(URI.create(fake.url()))
        .tenantId(fake.tenantId())
        .clientSecret(fake.clientId(), fake.clientSecret())
        .options(options(fake, scheduler));
  }

  /** Options reaching the fake; retries fast when a scheduler is given. */
  static ClientOptions options(FakeDynamics fake, ScheduledExecutorService scheduler) {
    ClientOptions.Builder b =
        ClientOptions.builder()
            .authUrl(URI.create(fake.url()))
            .retry(RetrySettings.builder().maxAttempts(4).baseDelay(Duration.ofMillis(5)).build());
    return (scheduler == null ? b : b.scheduler(scheduler)).build();
  }

  /** The test key pair and certificate of core's test resources. */
  static ClientCertificate certificate() {
    return ClientCertificate.fromPem(
        resource("auth/client-key-pkcs8.pem"), resource("auth/client-cert.pem"));
  }

  /** The fake seen by the contract tests: API calls counted, faults on API calls only. */
  static ContractServer contractServer(FakeDynamics fake) {
    return new ContractServer() {
      @Override
      public int requestCount() {
        return fake.journal().count("GET", API)
            + fake.journal().count("POST", API)
            + fake.journal().count("PATCH", API)
            + fake.journal().count("DELETE", API);
      }

      @Override
      public void failNext(int count, int status, Duration retryAfter) {
        Map<String, String> headers =
            retryAfter == null
                ? Map.of()
                : Map.of("Retry-After", Long.toString(retryAfter.toSeconds()));
        fake.faults().respondNext(count, c -> c.path().startsWith(API), status, null, headers);
      }
    };
  }

  static X509Certificate x509(String pem) {
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(
                  new java.io.ByteArrayInputStream(pem.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.cert.CertificateException e) {
      throw new IllegalStateException(e);
    }
  }

  static String resource(String name) {
    try (InputStream in = DynamicsFixture.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Limits off, for tests that count calls. */
  static RateLimitSettings unlimited() {
    return RateLimitSettings.unlimited();
  }
}
