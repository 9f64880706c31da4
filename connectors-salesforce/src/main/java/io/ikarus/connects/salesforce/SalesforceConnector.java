package io.ikarus.connects.salesforce;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Page;
import io.ikarus.connects.Query;
import io.ikarus.connects.salesforce.internal.Bulk;
import io.ikarus.connects.salesforce.internal.RestQuery;
import io.ikarus.connects.salesforce.internal.SalesforceNames;
import io.ikarus.connects.salesforce.internal.SalesforceParts;
import io.ikarus.connects.salesforce.internal.SalesforceSetup;
import io.ikarus.connects.salesforce.internal.SoqlWriter;
import io.ikarus.connects.spi.BaseCrmConnector;
import io.ikarus.connects.spi.ConnectorBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The Salesforce connector: REST API for single records and queries, sObject Collections for
 * batches of up to 200 (never all-or-nothing: one bad record cannot stop the others), and Bulk API
 * 2.0 for batches above {@link Builder#bulkThreshold(int)} and for {@link #bulkQuery(String)}.
 * Calls go to the {@code instance_url} of the token response (unless {@link Builder#instanceUrl} or
 * {@code ClientOptions.baseUrl} says otherwise) under {@code /services/data/<apiVersion>/}.
 * Thread-safe; build one per org and share it.
 *
 * <pre>{@code
 * CrmConnector crm = SalesforceConnector.builder()
 *     .auth(OAuth2.jwtBearer(consumerKey, "integration@acme.com", privateKey))
 *     .build();
 * CrmRecord lead = crm.create("Lead", Map.of("LastName", "Lovelace", "Company", "Analytical"))
 *     .join();
 * }</pre>
 *
 * <p>Every filter value of a {@link Query} is escaped into SOQL; {@link #soql(String)} runs SOQL
 * you wrote yourself. {@link #changesSince} reads one ordered {@code queryAll} scan by {@code
 * SystemModstamp}, so deletions come with the updates (while the records are in the Recycle Bin).
 * The org's daily API usage ({@code Sforce-Limit-Info}) feeds the adaptive rate limiter: the
 * rolling 24-hour allocation is reported as lasting 24 hours, so that one integration cannot
 * exhaust the org's quota. Conditional batch updates ({@link #updateAllIfUnchanged}) cost one call
 * per record with {@code If-Unmodified-Since}, whole seconds (an edit in the same second is not
 * detected).
 *
 * <p>From configuration ({@code CrmConnectors.fromConfig}, {@code "crm_type": "salesforce"}),
 * {@code auth_config} selects a password, JWT bearer, refresh-token or client-credentials login
 * ({@code grant_type}, or inferred from the keys); every key, its type and default: {@code
 * docs/configuration.md}.
 */
public final class SalesforceConnector extends BaseCrmConnector {

  /** The production login server, the default. */
  public static final URI PRODUCTION_LOGIN_URL = SalesforceSetup.PRODUCTION_LOGIN_URL;

  /** The sandbox login server. */
  public static final URI SANDBOX_LOGIN_URL = SalesforceSetup.SANDBOX_LOGIN_URL;

  private final SalesforceSetup setup;
  private final String defaultObject;
  private final SalesforceParts parts;

  private SalesforceConnector(Builder b, SalesforceSetup s, AtomicReference<SalesforceParts> made) {
    super(
        SalesforceNames.CONNECTOR,
        b.auth(),
        b.options(),
        s.vendorDefaults(),
        calls -> {
          made.set(SalesforceParts.create(calls, s));
          return made.get().parts();
        });
    this.setup = s;
    this.defaultObject = b.defaultObject().orElse(null);
    this.parts = made.get();
  }

  /** A builder: production login, API {@value SalesforceNames#DEFAULT_API_VERSION}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The object named by the configuration ({@code auth_config.Object_name}); empty when none. */
  public Optional<String> defaultObject() {
    return Optional.ofNullable(defaultObject);
  }

  /** The REST API version in use, such as {@code "v66.0"}. */
  public String apiVersion() {
    return setup.apiVersion();
  }

  /**
   * Runs a SOQL statement you wrote and returns its first page; {@link Page#next()} follows {@code
   * nextRecordsUrl}. Records carry the object named after {@code FROM}.
   *
   * @return a future that completes exceptionally with {@link
   *     io.ikarus.connects.error.ValidationException} carrying Salesforce's message when the
   *     statement is malformed ({@code MALFORMED_QUERY}, {@code INVALID_FIELD})
   */
  public CompletableFuture<Page> soql(String soql) {
    return operation(
        "soql",
        () -> parts.restQuery().pages(SoqlWriter.objectOf(soql), soql, false, RestQuery.MAX_BATCH));
  }

  /**
   * Runs {@code soql} as a Bulk API 2.0 query job and returns the first set of results once the job
   * completes; each {@link Page#next()} reads the following set (at most {@code pageSize} rows)
   * with the job's locator. Values are strings, as in Bulk CSV; empty cells are null.
   */
  public CompletableFuture<Page> bulkQuery(String soql, int pageSize) {
    return operation(
        "bulkQuery", () -> parts.bulk().query(SoqlWriter.objectOf(soql), soql, pageSize));
  }

  /** {@link #bulkQuery(String, int)} with pages of 10,000 rows. */
  public CompletableFuture<Page> bulkQuery(String soql) {
    return bulkQuery(soql, Bulk.DEFAULT_QUERY_PAGE);
  }

  /**
   * Streams every row of a Bulk API 2.0 query of {@code query}: result sets are read only as the
   * subscriber requests rows, so memory holds about one set of {@code pageSize} rows however many
   * millions the query returns.
   */
  public Flow.Publisher<CrmRecord> bulkStream(Query query, int pageSize) {
    return parts.bulkStream(query, pageSize);
  }

  /**
   * Builds a {@link SalesforceConnector}; {@link #build()} validates and does no I/O. {@link
   * #authUrl} defaults to {@link #PRODUCTION_LOGIN_URL}; {@link #changeLookback} to 5 minutes (rows
   * committed late by long transactions are re-read). Not thread-safe.
   */
  public static final class Builder extends ConnectorBuilder<Builder> {
    private final SalesforceSetup.Builder setup = SalesforceSetup.builder();

    private Builder() {
      super("SalesforceConnector");
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * The org's instance URL, such as {@code https://acme.my.salesforce.com}: {@link #baseUrl}
     * under Salesforce's name. Default: the token response's {@code instance_url}.
     */
    public Builder instanceUrl(URI instanceUrl) {
      return baseUrl(instanceUrl);
    }

    /**
     * The login server whose {@code /services/oauth2/token} issues tokens: {@link #authUrl} under
     * Salesforce's name. {@link #PRODUCTION_LOGIN_URL} (default), {@link #SANDBOX_LOGIN_URL}, or
     * the org's My Domain (needed for client credentials).
     */
    public Builder loginUrl(URI loginUrl) {
      return authUrl(loginUrl);
    }

    /** Logs in at the sandbox server {@code https://test.salesforce.com}. */
    public Builder sandbox() {
      return authUrl(SANDBOX_LOGIN_URL);
    }

    /**
     * The REST API version, such as {@code "v66.0"} or {@code "66.0"}. Default {@value
     * SalesforceNames#DEFAULT_API_VERSION}; {@code ClientOptions.apiVersion} is used when set.
     */
    public Builder apiVersion(String apiVersion) {
      setup.apiVersion(apiVersion);
      return this;
    }

    /**
     * Batches of more than this many records run as Bulk API 2.0 jobs; smaller ones use sObject
     * Collections (200 records per call). Default 2,000, Salesforce's own guidance.
     */
    public Builder bulkThreshold(int bulkThreshold) {
      setup.bulkThreshold(bulkThreshold);
      return this;
    }

    /**
     * The first wait before a bulk job's state is polled; later waits double up to 30 times it.
     * Default 100 ms: a small job is often done in well under a second.
     */
    public Builder bulkPollInterval(Duration interval) {
      setup.bulkPollInterval(interval);
      return this;
    }

    /** How long a bulk job may run before the call fails. Default 2 hours. */
    public Builder bulkTimeout(Duration timeout) {
      setup.bulkTimeout(timeout);
      return this;
    }

    /**
     * Whether {@code updateAllIfUnchanged} is offered (one call per record with {@code
     * If-Unmodified-Since} instead of 200 per sObject Collections call). Default true.
     */
    public Builder conditionalUpdates(boolean conditionalUpdates) {
      setup.conditionalUpdates(conditionalUpdates);
      return this;
    }

    /**
     * Builds the connector.
     *
     * @throws IllegalStateException when no {@link #auth} was set
     */
    public SalesforceConnector build() {
      requireAuth();
      return new SalesforceConnector(this, setup.build(this), new AtomicReference<>());
    }
  }
}
