package io.ikarus.connects.testkit.internal.salesforce;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.ikarus.connects.testkit.RowGenerator;
import io.ikarus.connects.testkit.SObjectField;
import io.ikarus.connects.testkit.SObjectSchema;
import io.ikarus.connects.testkit.VendorApi;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.ObjectStore;
import io.ikarus.connects.testkit.internal.StoredRecord;
import io.ikarus.connects.testkit.internal.oauth.OAuthGrants;
import io.ikarus.connects.testkit.internal.oauth.TokenRegistry;
import io.ikarus.connects.testkit.internal.quota.SlidingWindowCounter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One fake org behind the public {@code FakeSalesforce} facade: objects and records, tokens, quota
 * and the base URL. The facade calls the methods that touch records under the server's lock.
 */
public final class SfOrg {

  /** The fake org's id (15 characters as Salesforce shows it in identity URLs). */
  static final String ORG_ID = "00D5g000004FAKE";

  /** The fake user's id. */
  static final String USER_ID = "0055g00000FAKEU";

  /**
   * Account, Contact and Lead with realistic (trimmed) standard fields and one external id each.
   */
  private static final String SAMPLE_OBJECTS =
      "/io/ikarus/connects/testkit/salesforce/objects.json";

  final SfConfig config;
  final Clock clock;
  final SfIds ids = new SfIds();
  final ObjectStore store;
  final TokenRegistry tokens;
  final SlidingWindowCounter apiUsage;
  final OAuthGrants grants;
  private final String refreshToken;
  private final Map<String, SfObject> objects = new LinkedHashMap<>();
  private final Map<String, SfObject> byPrefix = new HashMap<>();
  volatile String baseUrl = "http://127.0.0.1";

  /** An org with the sample objects; serve {@link #api()} and tell the org its {@link #baseUrl}. */
  public SfOrg(SfConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
    this.store = new ObjectStore(clock, ids);
    this.tokens = new TokenRegistry(clock, config.tokenLifetime());
    this.grants = new OAuthGrants(clock, tokens, "aPrx", "5Aep861");
    grants.addClient(config.clientId(), config.clientSecret(), null);
    grants.rotateRefreshTokens(config.rotateRefreshTokens());
    this.refreshToken = grants.issueRefreshToken(config.clientId());
    this.apiUsage =
        new SlidingWindowCounter(clock, Duration.ofHours(24), 24 * 60, config.dailyApiLimit());
    Json.resource(SAMPLE_OBJECTS, new TypeReference<List<SObjectSchema>>() {})
        .forEach(this::define);
  }

  /** The wire behaviour to serve. */
  public VendorApi api() {
    return new SalesforceApi(this);
  }

  /** The token registry the server checks bearer tokens against. */
  public TokenRegistry tokens() {
    return tokens;
  }

  /** The rolling 24-hour API allocation and its use. */
  public SlidingWindowCounter apiUsage() {
    return apiUsage;
  }

  /** Sets the instance URL, the started server's. */
  public void baseUrl(String url) {
    baseUrl = url;
  }

  /** The refresh token registered at start. */
  public String refreshToken() {
    return refreshToken;
  }

  /** A fresh valid access token. */
  public String accessToken() {
    return tokens.issue(ORG_ID + "!AQ");
  }

  /** Declares an object (replacing one of the same name). */
  public void define(SObjectSchema schema) {
    Set<String> indexed = new LinkedHashSet<>();
    for (SObjectField f : schema.fields()) {
      if (f.unique() || f.externalId() || (f.idLookup() && !f.name().equals("Id"))) {
        indexed.add(f.name());
      }
    }
    ids.register(schema.name(), schema.keyPrefix());
    SfObject object = new SfObject(schema, store.define(schema.name(), indexed));
    objects.put(schema.name().toLowerCase(Locale.ROOT), object);
    byPrefix.put(schema.keyPrefix(), object);
  }

  /** Inserts a record with the same checks as the API; returns its id. */
  public String insert(String object, Map<String, Object> fields) {
    SfObject o = objectOrNotFound(object);
    return SfWriter.create(o, stored(o, fields)).id();
  }

  /** Updates a live record as a transaction that started at {@code stamp} and commits now. */
  public void updateStampedAt(String object, String id, Map<String, Object> fields, Instant stamp) {
    SfObject o = objectOrNotFound(object);
    StoredRecord r =
        o.extent()
            .find(SfIds.canonical(id))
            .filter(x -> !x.isDeleted())
            .orElseThrow(() -> new IllegalArgumentException("no live record " + id));
    o.extent().update(r, stored(o, fields), stamp.truncatedTo(ChronoUnit.SECONDS));
  }

  /** A record's values (system fields included), or empty when absent or deleted. */
  public Optional<Map<String, Object>> find(String object, String id) {
    SfObject o = objectOrNotFound(object);
    if (!SfIds.isWellFormed(id)) {
      return Optional.empty();
    }
    return o.extent().find(SfIds.canonical(id)).filter(x -> !x.isDeleted()).map(o::values);
  }

  /** How many live stored records {@code object} has. */
  public long count(String object) {
    return objectOrNotFound(object).extent().stored().stream().filter(r -> !r.isDeleted()).count();
  }

  /** Serves {@code count} generated rows of {@code object} to queries. */
  public void generate(String object, long count, RowGenerator generator) {
    SfObject o = objectOrNotFound(object);
    o.extent().generate(count, index -> stored(o, generator.row(index)));
  }

  /** Java values (numbers, strings, Instant, LocalDate, ...) to checked stored values. */
  private static Map<String, Object> stored(SfObject object, Map<String, Object> fields) {
    Map<String, JsonNode> json = new LinkedHashMap<>();
    fields.forEach((k, v) -> json.put(k, toJson(v)));
    return SfWriter.convert(object, json, true, SfValues::fromJson);
  }

  private static JsonNode toJson(Object value) {
    boolean temporal = value instanceof Instant || value instanceof LocalDate;
    return temporal ? SfValues.toJson(value) : Json.MAPPER.valueToTree(value);
  }

  Optional<SfObject> object(String name) {
    return Optional.ofNullable(objects.get(name.toLowerCase(Locale.ROOT)));
  }

  /** The object named in a URL, or a 404 NOT_FOUND failure as Salesforce answers. */
  SfObject objectOrNotFound(String name) {
    return object(name).orElseThrow(SfFailure::notFound);
  }

  /** The object whose key prefix starts {@code id}, if any. */
  Optional<SfObject> objectForId(String id) {
    return id.length() < 3
        ? Optional.empty()
        : Optional.ofNullable(byPrefix.get(id.substring(0, 3)));
  }

  Collection<SfObject> objects() {
    return objects.values();
  }

  /** Binds {@code soql} against the schemas into a scan of its object. */
  SfScan scan(String soql, boolean includeDeleted) {
    if (soql == null || soql.isBlank()) {
      throw SfFailure.badRequest("MALFORMED_QUERY", "A query string has to be specified");
    }
    SoqlPlan plan = SoqlBinder.bind(soql, name -> object(name).map(SfObject::schema));
    return new SfScan(plan, objectOrNotFound(plan.schema().name()).extent(), includeDeleted);
  }

  /** The identity URL of the fake user. */
  String identityUrl() {
    return baseUrl + "/id/" + ORG_ID + "AAA/" + USER_ID + "AAA";
  }
}
