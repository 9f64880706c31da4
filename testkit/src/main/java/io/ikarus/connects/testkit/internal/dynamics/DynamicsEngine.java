package io.ikarus.connects.testkit.internal.dynamics;

import io.ikarus.connects.testkit.RecordedCall;
import io.ikarus.connects.testkit.internal.FakeHttpServer;
import io.ikarus.connects.testkit.internal.FaultPlan;
import io.ikarus.connects.testkit.internal.oauth.TokenRegistry;
import io.ikarus.connects.testkit.internal.quota.ConcurrencyLimit;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** The fake Dataverse environment behind the public {@code FakeDynamics} facade. Thread-safe. */
public final class DynamicsEngine implements AutoCloseable {

  private final FakeHttpServer server;
  private final TokenRegistry tokens;
  private final ServiceProtection protection;
  private final DynamicsVendorApi vendor;
  private final ConcurrencyLimit concurrency = new ConcurrencyLimit(52);
  private final Clock clock;
  private final UUID userId = UUID.randomUUID();
  private volatile DataverseApi api;

  /**
   * Creates the environment; call {@link #start(int)} to listen.
   *
   * @param certificate the registered client certificate, or null for secret-only auth
   * @param requestLimit service-protection requests per {@code window}
   */
  public DynamicsEngine(
      String tenantId,
      String clientId,
      String clientSecret,
      X509Certificate certificate,
      int requestLimit,
      Duration window,
      Clock clock,
      FaultPlan faults,
      Consumer<RecordedCall> journal) {
    this.clock = clock;
    this.tokens = new TokenRegistry(clock, EntraTokenEndpoint.LIFETIME);
    this.protection = new ServiceProtection(clock, requestLimit, window);
    EntraTokenEndpoint entra =
        new EntraTokenEndpoint(tenantId, clientId, clientSecret, certificate, clock, tokens);
    this.vendor = new DynamicsVendorApi(this::api, entra, tokens, protection, tenantId);
    this.server = new FakeHttpServer(vendor, faults, tokens, journal, clock);
    server.limitConcurrency(concurrency, () -> vendor.concurrencyRefusal(concurrency.max()));
  }

  /** Changes the concurrent-request limit (default 52, Dataverse's per user). */
  public void concurrentRequestLimit(int requests) {
    concurrency.max(requests);
  }

  /** The server, for the public fake's lock. */
  public FakeHttpServer server() {
    return server;
  }

  /** Starts listening on 127.0.0.1 at {@code port} (0: any free port). */
  public void start(int port) {
    server.start(port);
    api = new DataverseApi(server.url() + OData.ROOT, clock, userId);
    vendor.url(server.url());
  }

  /** The base URL, {@code http://127.0.0.1:<port>}. */
  public String url() {
    return server.url();
  }

  /** The id {@code WhoAmI} reports. */
  public String userId() {
    return userId.toString();
  }

  /** A fresh valid access token, without a token request. */
  public String accessToken() {
    return tokens.issue("eyJ0eXAiOiJKV1QiLCJmYWtlIjoiZGF0YXZlcnNlIn0.");
  }

  /** Invalidates every access token. */
  public void expireTokens() {
    tokens.expireAll();
  }

  /** Changes the service-protection budget per window. */
  public void requestLimit(int requests) {
    protection.limit(requests);
  }

  /** Inserts a row through the same checks as {@code POST}; returns its id. */
  public String insert(String entitySet, Map<String, Object> columns) {
    return server.locked(() -> api().insert(entitySet, columns));
  }

  /** A row's stored columns, or empty. */
  public Optional<Map<String, Object>> row(String entitySet, String id) {
    return server.locked(() -> api().row(entitySet, id));
  }

  /** Turns CreateMultiple and UpdateMultiple off for {@code entitySet}. */
  public void withoutBulkMessages(String entitySet) {
    server.inLock(() -> api().withoutBulkMessages(entitySet));
  }

  /** How many rows {@code entitySet} holds. */
  public int count(String entitySet) {
    return server.locked(() -> api().count(entitySet));
  }

  @Override
  public void close() {
    server.close();
  }

  private DataverseApi api() {
    DataverseApi a = api;
    if (a == null) {
      throw new IllegalStateException("the fake is not started");
    }
    return a;
  }
}
