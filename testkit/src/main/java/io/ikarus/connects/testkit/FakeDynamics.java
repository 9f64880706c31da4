package io.ikarus.connects.testkit;

import com.fasterxml.jackson.core.type.TypeReference;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.dynamics.DynamicsVendorApi;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A stateful in-process Dynamics 365 / Dataverse environment speaking the real wire format: the
 * Microsoft identity platform v2 token endpoint (client secret or certificate assertion), the Web
 * API {@code v9.2} with the tables {@code accounts}, {@code contacts}, {@code leads}, {@code
 * opportunities} and the custom {@code new_projects}: CRUD, upsert by alternate key with {@code
 * If-Match}/{@code If-None-Match}, OData queries with server paging, {@code $batch} with atomic
 * change sets, {@code $ref} associations, {@code $expand}, change tracking with deletions, {@code
 * EntityDefinitions} metadata, {@code WhoAmI}, the unbound action {@code new_CalculateScore} and
 * the action {@code new_Escalate} bound to accounts, service protection with {@code Retry-After}
 * and the real OData error bodies. Strict: entity sets and properties are case-sensitive, and the
 * OData version headers are required. {@link #url()} is both the resource URL and the token host.
 *
 * <pre>{@code
 * try (FakeDynamics d365 = FakeDynamics.start()) {
 *   // resource URL and auth URL: d365.url(); tenant d365.tenantId();
 *   // client d365.clientId() with d365.clientSecret()
 *   assertThat(d365.journal().count("POST", "/api/data/v9.2/$batch")).isEqualTo(5);
 * }
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class FakeDynamics extends AbstractFake {

  /** The Web API path prefix, {@value}. */
  public static final String API_PATH = "/api/data/v9.2";

  private final Builder config;
  private final DynamicsVendorApi env;

  private FakeDynamics(Builder b) {
    super(b.clock);
    this.config = b;
    this.env =
        new DynamicsVendorApi(
            b.tenantId,
            b.clientId,
            b.clientSecret,
            b.certificate,
            b.requestLimit,
            b.window,
            b.clock);
    env.attach(serve(env, env.tokens(), b.port));
    if (b.sampleData) {
      seed();
    }
  }

  /** Starts a fake with the defaults on a free port. */
  public static FakeDynamics start() {
    return builder().start();
  }

  /** Starts configuring a fake. */
  public static Builder builder() {
    return new Builder();
  }

  /** The Web API root, {@code <url>/api/data/v9.2}. */
  public String apiRoot() {
    return url() + API_PATH;
  }

  /** The token endpoint, {@code <url>/<tenant>/oauth2/v2.0/token}. */
  public String tokenUrl() {
    return url() + "/" + config.tenantId + "/oauth2/v2.0/token";
  }

  /** The tenant id the token endpoint accepts. */
  public String tenantId() {
    return config.tenantId;
  }

  /** The application (client) id. */
  public String clientId() {
    return config.clientId;
  }

  /** The client secret. */
  public String clientSecret() {
    return config.clientSecret;
  }

  /** The user id {@code WhoAmI} reports. */
  public String userId() {
    return env.userId();
  }

  /** Issues a valid access token without a token request (for raw HTTP use). */
  public String issueAccessToken() {
    return env.accessToken();
  }

  /** Changes the service-protection budget per window (default 6000 per 5 minutes). */
  public void requestLimit(int requests) {
    env.requestLimit(requests);
  }

  /**
   * Changes how many requests may be in flight at once (default 52, Dataverse's per-user limit);
   * one more is refused with a 429 and error {@code 0x80072326}. {@link Integer#MAX_VALUE}: off.
   */
  public void concurrentRequestLimit(int requests) {
    env.concurrentRequestLimit(requests);
  }

  /** Inserts a row with the same validation as the API and returns its GUID. */
  public String insert(String entitySet, Map<String, Object> columns) {
    return locked(() -> env.dataverse().insert(entitySet, columns));
  }

  /** A row's stored columns (lookups as {@code _x_value}), or empty when absent. */
  public Optional<Map<String, Object>> record(String entitySet, String id) {
    return locked(() -> env.dataverse().row(entitySet, id));
  }

  /**
   * Makes the tables behind {@code entitySets} answer {@code CreateMultiple} and {@code
   * UpdateMultiple} as tables without those messages do (404, unknown segment). By default every
   * table has them, as most Dataverse tables do.
   */
  public FakeDynamics withoutBulkMessages(String... entitySets) {
    for (String set : entitySets) {
      inLock(() -> env.dataverse().withoutBulkMessages(set));
    }
    return this;
  }

  /** How many rows {@code entitySet} holds. */
  public int count(String entitySet) {
    return locked(() -> env.dataverse().count(entitySet));
  }

  @Override
  String describe() {
    return """
        dynamics    %s
          Web API root   %s
          token URL      %s
          tenant id      %s
          client id      %s
          client secret  %s
          scope          %s/.default
        """
        .formatted(url(), apiRoot(), tokenUrl(), tenantId(), clientId(), clientSecret(), url());
  }

  /** One row of the sample data: an entity set and the columns of a create. */
  private record SampleRow(String set, Map<String, Object> columns) {}

  private void seed() {
    String path = "/io/ikarus/connects/testkit/dynamics/sample.json";
    for (SampleRow row : Json.resource(path, new TypeReference<List<SampleRow>>() {})) {
      insert(row.set(), row.columns());
    }
  }

  /** Configures a {@link FakeDynamics}. Not thread-safe. */
  public static final class Builder extends FakeBuilder<FakeDynamics, Builder> {
    private String tenantId = "8f6bd9d6-3c5b-4f4c-9a38-6f2cbd2b8f7e";
    private String clientId = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";
    private String clientSecret = "fake~dataverse~secret";
    private X509Certificate certificate;
    private int requestLimit = 6000;
    private Duration window = Duration.ofMinutes(5);

    private Builder() {}

    /** The tenant id. */
    public Builder tenantId(String tenantId) {
      this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
      return this;
    }

    /** The client id and secret the token endpoint accepts. */
    public Builder client(String clientId, String clientSecret) {
      this.clientId = Objects.requireNonNull(clientId, "clientId");
      this.clientSecret = clientSecret;
      return this;
    }

    /** Registers a certificate: client assertions signed with its key are accepted. */
    public Builder certificate(X509Certificate certificate) {
      this.certificate = Objects.requireNonNull(certificate, "certificate");
      return this;
    }

    /** Service protection: {@code requests} per {@code window}. Default 6000 per 5 minutes. */
    public Builder serviceProtection(int requests, Duration window) {
      this.requestLimit = requests;
      this.window = Objects.requireNonNull(window, "window");
      return this;
    }

    @Override
    public FakeDynamics start() {
      return new FakeDynamics(this);
    }
  }
}
