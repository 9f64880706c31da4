package io.ikarus.connects.testkit;

import com.fasterxml.jackson.core.type.TypeReference;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.salesforce.SfConfig;
import io.ikarus.connects.testkit.internal.salesforce.SfOrg;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A stateful in-process Salesforce org speaking the real wire format: OAuth token endpoint, REST
 * sObject CRUD and upsert, SOQL query and queryAll with paging, describe, sObject Collections, Bulk
 * API 2.0 ingest and query jobs, replication endpoints, {@code Sforce-Limit-Info} and the real
 * error bodies. It is strict: it refuses what Salesforce refuses. {@link #url()} is both the login
 * URL and the instance URL; expired tokens get 401 {@code INVALID_SESSION_ID}.
 *
 * <p>In a JUnit test:
 *
 * <pre>{@code
 * try (FakeSalesforce sf = FakeSalesforce.start()) {
 *   // point the connector at sf.url() (login and instance URL), log in with sf.username(),
 *   // sf.password() + sf.securityToken(), sf.clientId(), sf.clientSecret()
 *   assertThat(sf.journal().count("POST", sf.dataPath() + "/composite/sobjects")).isEqualTo(1);
 * }
 * }</pre>
 *
 * <p>Account, Contact and Lead are declared by default (without records unless {@link
 * Builder#sampleData(boolean)}); more objects are added with {@link Builder#object}. Thread-safe.
 */
public final class FakeSalesforce extends AbstractFake {

  /** The API version the fake advertises as latest, {@value}. */
  public static final String LATEST_VERSION = "66.0";

  private final SfConfig config;
  private final SfOrg org;

  private FakeSalesforce(Builder b) {
    super(b.clock);
    this.config =
        new SfConfig(
            b.username,
            b.password,
            b.securityToken,
            b.clientId,
            b.clientSecret,
            b.jwtKey,
            b.dailyApiLimit,
            b.tokenLifetime,
            b.bulkPollsBeforeComplete,
            b.rotateRefreshTokens,
            b.shuffleBulkResults);
    this.org = new SfOrg(config, b.clock);
    b.objects.forEach(org::define);
    org.baseUrl(serve(org.api(), org.tokens(), b.port).url());
    if (b.sampleData) {
      seed();
    }
  }

  /** Starts a fake with the defaults on a free port. */
  public static FakeSalesforce start() {
    return builder().start();
  }

  /** Starts configuring a fake. */
  public static Builder builder() {
    return new Builder();
  }

  /** The token endpoint, {@code <url>/services/oauth2/token}. */
  public String tokenUrl() {
    return url() + "/services/oauth2/token";
  }

  /** The REST path prefix for the latest version, {@code /services/data/v66.0}. */
  public String dataPath() {
    return "/services/data/v" + LATEST_VERSION;
  }

  /** The username accepted by the password and JWT flows. */
  public String username() {
    return config.username();
  }

  /** The password (without the security token). */
  public String password() {
    return config.password();
  }

  /** The security token to append to the password. */
  public String securityToken() {
    return config.securityToken();
  }

  /** The connected app's consumer key. */
  public String clientId() {
    return config.clientId();
  }

  /** The connected app's consumer secret. */
  public String clientSecret() {
    return config.clientSecret();
  }

  /** A refresh token accepted by the refresh-token flow (issued when the fake started). */
  public String refreshToken() {
    return org.refreshToken();
  }

  /** Issues a fresh access token without an OAuth round trip. */
  public String issueAccessToken() {
    return org.accessToken();
  }

  /** Inserts a record with the same validation as the API and returns its 18-character id. */
  public String insert(String object, Map<String, Object> fields) {
    return locked(() -> org.insert(object, fields));
  }

  /**
   * Updates a live record as a long-running transaction does: the change becomes visible now but
   * carries the {@code SystemModstamp} of when the transaction started, {@code startedAgo} before
   * the fake's clock, so it may be older than stamps a change feed has already read.
   */
  public void updateInLongTransaction(
      String object, String id, Map<String, Object> fields, Duration startedAgo) {
    Instant stamp = clock().instant().minus(startedAgo);
    inLock(() -> org.updateStampedAt(object, id, fields, stamp));
  }

  /** A live record's field values (system fields included), or empty when absent or deleted. */
  public Optional<Map<String, Object>> record(String object, String id) {
    return locked(() -> org.find(object, id));
  }

  /** How many live stored records {@code object} has (generated rows are not counted). */
  public long count(String object) {
    return locked(() -> org.count(object));
  }

  /**
   * Serves {@code count} generated, read-only rows of {@code object} to SOQL queries and bulk query
   * jobs, produced on demand by {@code generator} so that millions of rows cost no memory.
   */
  public void generateRows(String object, long count, RowGenerator generator) {
    Objects.requireNonNull(generator, "generator");
    inLock(() -> org.generate(object, count, generator));
  }

  /** API requests counted in the current rolling 24-hour window. */
  public long apiUsage() {
    return org.apiUsage().used();
  }

  /** Changes the daily API allocation; beyond it calls get 403 REQUEST_LIMIT_EXCEEDED. */
  public void dailyApiLimit(long limit) {
    org.apiUsage().max(limit);
  }

  @Override
  String describe() {
    return """
        salesforce  %s
          token URL      %s
          REST base      %s
          username       %s
          password       %s
          security token %s
          client id      %s
          client secret  %s
          refresh token  %s
        """
        .formatted(
            url(),
            tokenUrl(),
            url() + dataPath(),
            username(),
            password(),
            securityToken(),
            clientId(),
            clientSecret(),
            refreshToken());
  }

  /** One record of {@code salesforce/sample.json}, with the Contacts of an Account. */
  private record SampleRow(
      String object, Map<String, Object> fields, List<Map<String, Object>> contacts) {
    SampleRow {
      contacts = contacts == null ? List.of() : contacts;
    }
  }

  /** A few realistic Accounts, Contacts and Leads for demos and manual sessions. */
  private void seed() {
    String path = "/io/ikarus/connects/testkit/salesforce/sample.json";
    for (SampleRow row : Json.resource(path, new TypeReference<List<SampleRow>>() {})) {
      String id = insert(row.object(), row.fields());
      for (Map<String, Object> contact : row.contacts()) {
        Map<String, Object> fields = new LinkedHashMap<>(contact);
        fields.put("AccountId", id);
        insert("Contact", fields);
      }
    }
  }

  /** Configures a {@link FakeSalesforce}. Not thread-safe. */
  public static final class Builder extends FakeBuilder<FakeSalesforce, Builder> {
    private String username = "admin@fake.example.com";
    private String password = "fake-password";
    private String securityToken = "FAKESECURITYTOKEN";
    private String clientId = "3MVG9FAKECONSUMERKEY";
    private String clientSecret = "FAKECONSUMERSECRET";
    private RSAPublicKey jwtKey;
    private long dailyApiLimit = 100_000;
    private Duration tokenLifetime = Duration.ZERO;
    private int bulkPollsBeforeComplete = 1;
    private boolean rotateRefreshTokens;
    private boolean shuffleBulkResults;
    private final List<SObjectSchema> objects = new ArrayList<>();

    private Builder() {}

    /** The username, password and security token of the password flow. */
    public Builder user(String username, String password, String securityToken) {
      this.username = Objects.requireNonNull(username, "username");
      this.password = Objects.requireNonNull(password, "password");
      this.securityToken = Objects.requireNonNull(securityToken, "securityToken");
      return this;
    }

    /** The connected app's consumer key and secret. */
    public Builder client(String clientId, String clientSecret) {
      this.clientId = Objects.requireNonNull(clientId, "clientId");
      this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
      return this;
    }

    /** The public key that verifies JWT bearer assertions (default: none, flow refused). */
    public Builder jwtPublicKey(RSAPublicKey key) {
      this.jwtKey = key;
      return this;
    }

    /** The rolling 24-hour API allocation (default 100,000). */
    public Builder dailyApiLimit(long limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("dailyApiLimit must be positive, not " + limit);
      }
      this.dailyApiLimit = limit;
      return this;
    }

    /** How long access tokens live (default {@link Duration#ZERO}: until expired by hand). */
    public Builder tokenLifetime(Duration lifetime) {
      this.tokenLifetime = Objects.requireNonNull(lifetime, "lifetime");
      return this;
    }

    /** How many polls of a bulk job answer InProgress before JobComplete (default 1). */
    public Builder bulkPollsBeforeComplete(int polls) {
      if (polls < 0) {
        throw new IllegalArgumentException(
            "bulkPollsBeforeComplete must not be negative, not " + polls);
      }
      this.bulkPollsBeforeComplete = polls;
      return this;
    }

    /** Whether a refresh returns a new refresh token and voids the old one (default false). */
    public Builder rotateRefreshTokens(boolean rotate) {
      this.rotateRefreshTokens = rotate;
      return this;
    }

    /** Whether Bulk API result rows are shuffled (default false). */
    public Builder shuffleBulkResults(boolean shuffle) {
      this.shuffleBulkResults = shuffle;
      return this;
    }

    /** Declares another object (or replaces a sample one of the same name). */
    public Builder object(SObjectSchema schema) {
      objects.add(Objects.requireNonNull(schema, "schema"));
      return this;
    }

    @Override
    public FakeSalesforce start() {
      return new FakeSalesforce(this);
    }
  }
}
