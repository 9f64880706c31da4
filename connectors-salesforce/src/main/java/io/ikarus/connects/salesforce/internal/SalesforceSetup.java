package io.ikarus.connects.salesforce.internal;

import io.ikarus.connects.Capabilities;
import io.ikarus.connects.auth.AccessToken;
import io.ikarus.connects.resilience.RateLimitSettings;
import io.ikarus.connects.spi.ConnectorBuilder;
import io.ikarus.connects.spi.VendorDefaults;
import java.net.URI;
import java.time.Duration;

/**
 * What {@code SalesforceConnector.Builder} settled on, merged with the caller's options once:
 * everything the connector's parts and wiring are built from. Immutable.
 *
 * @param apiVersion the REST API version, such as {@code v66.0}
 * @param configuredUrl {@code ClientOptions.baseUrl}, else the builder's instance URL; null to use
 *     the token response's {@code instance_url}
 * @param loginUrl the login server
 * @param bulkThreshold batches of more than this many records run as Bulk API 2.0 jobs
 * @param bulkPoll the first wait before a bulk job's state is polled
 * @param bulkTimeout how long a bulk job may run
 * @param changeLookback how far back the change feed re-reads
 * @param conditionalUpdates whether {@code updateAllIfUnchanged} is offered
 */
public record SalesforceSetup(
    String apiVersion,
    URI configuredUrl,
    URI loginUrl,
    int bulkThreshold,
    Duration bulkPoll,
    Duration bulkTimeout,
    Duration changeLookback,
    boolean conditionalUpdates) {

  /** The production login server. */
  public static final URI PRODUCTION_LOGIN_URL = URI.create("https://login.salesforce.com");

  /** The sandbox login server. */
  public static final URI SANDBOX_LOGIN_URL = URI.create("https://test.salesforce.com");

  /**
   * 200 records per batch call, 2,000 per query page, native upsert, Bulk API, tracked deletions.
   * Batches are never all-or-nothing: they run with {@code allOrNone=false} so that one bad record
   * cannot stop the others.
   */
  public Capabilities capabilities() {
    return Capabilities.builder()
        .maxBatchSize(SObjectCollections.MAX)
        .maxPageSize(RestQuery.MAX_BATCH)
        .nativeUpsert(true)
        .bulk(true)
        .trackedDeletes(true)
        .conditionalUpdates(conditionalUpdates)
        .build();
  }

  /**
   * The token endpoint of the login server, the JWT audience (the sandbox server for a sandbox
   * login, else production) and 25 concurrent requests, Salesforce's limit of long-running requests
   * per production org.
   */
  public VendorDefaults vendorDefaults() {
    boolean sandbox = loginUrl.getHost().equalsIgnoreCase(SANDBOX_LOGIN_URL.getHost());
    return VendorDefaults.builder()
        .tokenEndpoint(loginUrl.resolve("/services/oauth2/token"))
        .audience(sandbox ? SANDBOX_LOGIN_URL.toString() : PRODUCTION_LOGIN_URL.toString())
        .rateLimit(RateLimitSettings.builder().maxConcurrent(25).build())
        .build();
  }

  /** The REST root for {@code token}; see {@link SalesforceSettings#apiRoot}. */
  public URI apiRoot(AccessToken token) {
    return SalesforceSettings.apiRoot(configuredUrl, token, apiVersion);
  }

  /** A builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The Salesforce-only settings of {@code SalesforceConnector.Builder}, checked as they are set.
   */
  public static final class Builder {
    private String apiVersion = SalesforceNames.DEFAULT_API_VERSION;
    private int bulkThreshold = 2_000;
    private Duration bulkPoll = Duration.ofMillis(100);
    private Duration bulkTimeout = Duration.ofHours(2);
    private boolean conditionalUpdates = true;

    private Builder() {}

    /** Accepts {@code v66.0} or {@code 66.0}. */
    public void apiVersion(String apiVersion) {
      this.apiVersion = SalesforceSettings.apiVersion(apiVersion);
    }

    /** Not negative. */
    public void bulkThreshold(int bulkThreshold) {
      if (bulkThreshold < 0) {
        throw new IllegalArgumentException("bulkThreshold must not be negative: " + bulkThreshold);
      }
      this.bulkThreshold = bulkThreshold;
    }

    /** Positive. */
    public void bulkPollInterval(Duration interval) {
      this.bulkPoll = SalesforceSettings.positive(interval, "bulkPollInterval");
    }

    /** Positive. */
    public void bulkTimeout(Duration timeout) {
      this.bulkTimeout = SalesforceSettings.positive(timeout, "bulkTimeout");
    }

    /** Whether {@code updateAllIfUnchanged} is offered. */
    public void conditionalUpdates(boolean conditionalUpdates) {
      this.conditionalUpdates = conditionalUpdates;
    }

    /**
     * The settings merged with the builder's base {@code b}: {@code ClientOptions.apiVersion} and
     * {@code ClientOptions.baseUrl} win over the builder's version and instance URL.
     */
    public SalesforceSetup build(ConnectorBuilder<?> b) {
      b.options().apiVersion().ifPresent(this::apiVersion);
      return new SalesforceSetup(
          apiVersion,
          b.options().baseUrl().orElse(b.baseUrl().orElse(null)),
          b.authUrl().orElse(PRODUCTION_LOGIN_URL),
          bulkThreshold,
          bulkPoll,
          bulkTimeout,
          b.changeLookback().orElse(ChangeFeed.DEFAULT_LOOKBACK),
          conditionalUpdates);
    }
  }
}
