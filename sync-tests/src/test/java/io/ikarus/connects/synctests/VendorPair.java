package io.ikarus.connects.synctests;

import static io.ikarus.connects.testkit.SObjectFieldType.BOOLEAN;
import static io.ikarus.connects.testkit.SObjectFieldType.CURRENCY;
import static io.ikarus.connects.testkit.SObjectFieldType.DATE;
import static io.ikarus.connects.testkit.SObjectFieldType.DATETIME;
import static io.ikarus.connects.testkit.SObjectFieldType.INT;
import static io.ikarus.connects.testkit.SObjectFieldType.PERCENT;
import static io.ikarus.connects.testkit.SObjectFieldType.PICKLIST;
import static io.ikarus.connects.testkit.SObjectFieldType.STRING;
import static io.ikarus.connects.testkit.SObjectFieldType.TEXTAREA;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.FieldSchema;
import io.ikarus.connects.FieldType;
import io.ikarus.connects.auth.BearerTokenAuth;
import io.ikarus.connects.auth.OAuth2;
import io.ikarus.connects.contract.FastTimeScheduler;
import io.ikarus.connects.event.ConnectorListener;
import io.ikarus.connects.hubspot.HubSpotConnector;
import io.ikarus.connects.mapping.FieldMapping;
import io.ikarus.connects.resilience.RetrySettings;
import io.ikarus.connects.salesforce.SalesforceConnector;
import io.ikarus.connects.sync.InMemorySyncStateStore;
import io.ikarus.connects.sync.SyncDirection;
import io.ikarus.connects.sync.SyncJob;
import io.ikarus.connects.sync.SyncReport;
import io.ikarus.connects.sync.SyncStateStore;
import io.ikarus.connects.testkit.FakeHubSpot;
import io.ikarus.connects.testkit.FakeSalesforce;
import io.ikarus.connects.testkit.MutableClock;
import io.ikarus.connects.testkit.SObjectField;
import io.ikarus.connects.testkit.SObjectSchema;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A FakeSalesforce org and a FakeHubSpot account on one virtual clock, the real connectors to them,
 * and a mapping between Salesforce Accounts and HubSpot companies over every field type: integer,
 * currency, percent, boolean, date, datetime, picklist and text. HubSpot's search index lags as by
 * default; {@link #run} moves the clock past the lag first. The connectors keep the vendors'
 * default rate limits, waited out in fast time.
 */
public final class VendorPair implements AutoCloseable {

  /** Salesforce Account field to HubSpot company property. */
  public static final Map<String, String> FIELDS =
      Map.of(
          "Name", "name",
          "NumberOfEmployees", "numberofemployees",
          "AnnualRevenue", "annualrevenue",
          "Discount__c", "discount",
          "Active__c", "is_active",
          "Founded__c", "founded",
          "LastContact__c", "last_contact",
          "Type", "account_type",
          "Description", "description");

  /**
   * How much faster than real time the connectors' waits run: their rate limiters keep the vendors'
   * default limits (HubSpot 90 per 10 s, search 4 per second), so a run of a few hundred calls
   * waits for minutes of limiter time, which here passes in a second.
   */
  private static final long SPEED_UP = 200;

  public final MutableClock clock = MutableClock.at(Instant.parse("2025-03-01T10:00:00Z"));
  public final FakeSalesforce sf = FakeSalesforce.builder().clock(clock).object(account()).start();
  public final FakeHubSpot hs;
  private final FastTimeScheduler waits = new FastTimeScheduler(SPEED_UP);
  public final SalesforceConnector salesforce = salesforce(sf, waits);
  public final HubSpotConnector hubspot;
  public SyncStateStore store = new InMemorySyncStateStore();

  /** The HTTP requests {@link #hubspot} sent, retries included, by operation name. */
  public final Map<String, Integer> hubSpotRequests = new ConcurrentHashMap<>();

  /** The pair with HubSpot's search index lagging as by default. */
  public VendorPair() {
    this(false);
  }

  /**
   * The pair; {@code instantSearch} switches HubSpot's search index lag off (an easier world than
   * HubSpot's, for tests whose subject is not the lag).
   */
  public VendorPair(boolean instantSearch) {
    FakeHubSpot.Builder hsb = FakeHubSpot.builder().sampleData(false).clock(clock);
    hs = (instantSearch ? hsb.instantSearch() : hsb).start();
    hubspot = hubspot(hs, waits, hubSpotRequests);
    for (FieldSchema p :
        List.of(
            FieldSchema.of("annualrevenue", FieldType.DECIMAL),
            FieldSchema.of("discount", FieldType.DECIMAL),
            FieldSchema.of("is_active", FieldType.BOOLEAN),
            FieldSchema.of("founded", FieldType.DATE),
            FieldSchema.of("last_contact", FieldType.DATETIME),
            picklist("account_type", "Prospect", "Customer - Direct", "Partner"),
            FieldSchema.of("description", FieldType.STRING))) {
      hubspot.createProperty("companies", p, "companyinformation").join();
    }
  }

  /** The plain mapping (no transforms) from Account fields to company properties. */
  public static FieldMapping mapping() {
    FieldMapping.Builder b = FieldMapping.builder();
    FIELDS.forEach((sfField, hsProperty) -> b.map(hsProperty, sfField));
    return b.build();
  }

  /** A bidirectional job from Salesforce Accounts to HubSpot companies on this pair's store. */
  public SyncJob.Builder job() {
    return SyncJob.builder()
        .name("accounts")
        .source(salesforce, "Account")
        .target(hubspot, "companies")
        .mapping(mapping())
        .direction(SyncDirection.BIDIRECTIONAL)
        .stateStore(store)
        .executor(Runnable::run);
  }

  /**
   * The same job the other way round: HubSpot companies are the source, Salesforce Accounts the
   * target, with the mapping from company properties to Account fields.
   */
  public SyncJob.Builder reversedJob() {
    FieldMapping.Builder b = FieldMapping.builder();
    FIELDS.forEach((sfField, hsProperty) -> b.map(sfField, hsProperty));
    return SyncJob.builder()
        .name("companies")
        .source(hubspot, "companies")
        .target(salesforce, "Account")
        .mapping(b.build())
        .direction(SyncDirection.BIDIRECTIONAL)
        .stateStore(store)
        .executor(Runnable::run);
  }

  /** Moves the clock past the search index lag, then runs {@code job} once. */
  public SyncReport run(SyncJob job) {
    clock.advance(Duration.ofSeconds(10));
    return job.run().join();
  }

  /** The scheduler the pair's connectors wait on, in fast time, for more connectors. */
  public java.util.concurrent.ScheduledExecutorService waits() {
    return waits;
  }

  @Override
  public void close() {
    salesforce.close();
    hubspot.close();
    sf.close();
    hs.close();
    waits.shutdownNow();
  }

  private static FieldSchema picklist(String name, String... values) {
    return new FieldSchema(
        name, name, FieldType.PICKLIST, null, false, true, true, false, List.of(values));
  }

  private static SObjectSchema account() {
    return SObjectSchema.builder("Account")
        .keyPrefix("001")
        .field(SObjectField.builder("Name", STRING).required().idLookup().build())
        .field(SObjectField.builder("NumberOfEmployees", INT).build())
        .field(SObjectField.builder("AnnualRevenue", CURRENCY).build())
        .field(SObjectField.builder("Discount__c", PERCENT).build())
        .field(SObjectField.builder("Active__c", BOOLEAN).defaultOnCreate(false).build())
        .field(SObjectField.builder("Founded__c", DATE).build())
        .field(SObjectField.builder("LastContact__c", DATETIME).build())
        .field(
            SObjectField.builder("Type", PICKLIST)
                .picklist("Prospect", "Customer - Direct", "Partner")
                .build())
        .field(SObjectField.builder("Description", TEXTAREA).build())
        .build();
  }

  private static ClientOptions options(String url, FastTimeScheduler waits) {
    return ClientOptions.builder()
        .baseUrl(URI.create(url))
        .authUrl(URI.create(url))
        .retry(RetrySettings.builder().baseDelay(Duration.ofMillis(5)).build())
        .scheduler(waits)
        .build();
  }

  private static SalesforceConnector salesforce(FakeSalesforce sf, FastTimeScheduler waits) {
    return SalesforceConnector.builder()
        .auth(
            OAuth2.password(
                sf.clientId(), sf.clientSecret(), sf.username(), sf.password(), sf.securityToken()))
        .loginUrl(URI.create(sf.url()))
        .options(options(sf.url(), waits))
        .build();
  }

  private static HubSpotConnector hubspot(
      FakeHubSpot hs, FastTimeScheduler waits, Map<String, Integer> requests) {
    ConnectorListener counter =
        new ConnectorListener() {
          @Override
          public void onRequest(RequestEvent event) {
            requests.merge(event.operation(), 1, Integer::sum);
          }
        };
    return HubSpotConnector.builder()
        .auth(BearerTokenAuth.of(hs.privateAppToken()))
        .options(options(hs.url(), waits).toBuilder().listener(counter).build())
        .build();
  }
}
