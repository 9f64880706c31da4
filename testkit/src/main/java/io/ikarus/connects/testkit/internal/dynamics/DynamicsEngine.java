package io.ikarus.connects.testkit.internal.dynamics;

import io.ikarus.connects.testkit.VendorApi;
import io.ikarus.connects.testkit.internal.FakeHttpServer;
import io.ikarus.connects.testkit.internal.oauth.OAuthGrants;
import io.ikarus.connects.testkit.internal.oauth.TokenRegistry;
import io.ikarus.connects.testkit.internal.quota.ConcurrencyLimit;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The fake Dataverse environment behind the public {@code FakeDynamics} facade. Thread-safe. */
public final class DynamicsEngine {

  private volatile FakeHttpServer server;
  private final TokenRegistry tokens;
  private final OAuthGrants grants;
  private final ServiceProtection protection;
  private final DynamicsVendorApi vendor;
  private final ConcurrencyLimit concurrency = new ConcurrencyLimit(52);
  private final Clock clock;
  private final UUID userId = UUID.randomUUID();
  private volatile DataverseApi api;

  /**
   * Creates the environment; serve {@link #vendorApi()} and {@link #attach} the started server.
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
      Clock clock) {
    this.clock = clock;
    this.tokens = new TokenRegistry(clock, EntraTokenEndpoint.LIFETIME);
    this.protection = new ServiceProtection(clock, requestLimit, window);
    this.grants = new OAuthGrants(clock, tokens, "", "");
    grants.addClient(clientId, clientSecret, null);
    EntraTokenEndpoint entra = new EntraTokenEndpoint(tenantId, grants, certificate, clock);
    this.vendor = new DynamicsVendorApi(this::api, entra, tokens, protection, tenantId);
  }

  /** Changes the concurrent-request limit (default 52, Dataverse's per user). */
  public void concurrentRequestLimit(int requests) {
    concurrency.max(requests);
  }

  /** The wire behaviour to serve. */
  public VendorApi vendorApi() {
    return vendor;
  }

  /** The token registry the server checks bearer tokens against. */
  public TokenRegistry tokens() {
    return tokens;
  }

  /** Binds the environment to its started server: URLs, the handler lock, the concurrency gate. */
  public void attach(FakeHttpServer started) {
    started.limitConcurrency(concurrency, () -> vendor.concurrencyRefusal(concurrency.max()));
    api = new DataverseApi(started.url() + OData.ROOT, clock, userId);
    vendor.url(started.url());
    this.server = started;
  }

  /** The id {@code WhoAmI} reports. */
  public String userId() {
    return userId.toString();
  }

  /** A fresh valid access token, without a token request. */
  public String accessToken() {
    return grants.issueAccessToken(EntraTokenEndpoint.TOKEN_PREFIX);
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

  private DataverseApi api() {
    DataverseApi a = api;
    if (a == null) {
      throw new IllegalStateException("the fake is not started");
    }
    return a;
  }
}
