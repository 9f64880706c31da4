package io.ikarus.connects.testkit.internal.salesforce;

import io.ikarus.connects.testkit.SObjectField;
import io.ikarus.connects.testkit.SObjectSchema;
import io.ikarus.connects.testkit.internal.ObjectStore;
import io.ikarus.connects.testkit.internal.oauth.OAuthGrants;
import io.ikarus.connects.testkit.internal.oauth.TokenRegistry;
import io.ikarus.connects.testkit.internal.quota.SlidingWindowCounter;
import io.ikarus.connects.testkit.internal.salesforce.soql.SoqlBinder;
import io.ikarus.connects.testkit.internal.salesforce.soql.SoqlException;
import io.ikarus.connects.testkit.internal.salesforce.soql.SoqlPlan;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The state of one fake org: objects and records, tokens, quota and the base URL. */
final class SfOrg {

  final SfConfig config;
  final Clock clock;
  final SfIds ids = new SfIds();
  final ObjectStore store;
  final TokenRegistry tokens;
  final SlidingWindowCounter apiUsage;
  final OAuthGrants grants;
  private final Map<String, SfObject> objects = new LinkedHashMap<>();
  private final Map<String, SfObject> byPrefix = new HashMap<>();
  volatile String baseUrl = "http://127.0.0.1";
  volatile boolean shuffleBulkResults;

  SfOrg(SfConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
    this.store = new ObjectStore(clock, ids);
    this.tokens = new TokenRegistry(clock, config.tokenLifetime());
    this.grants = new OAuthGrants(clock, tokens, "aPrx", "5Aep861");
    grants.addClient(config.clientId(), config.clientSecret(), null);
    grants.rotateRefreshTokens(config.rotateRefreshTokens());
    this.apiUsage =
        new SlidingWindowCounter(clock, Duration.ofHours(24), 24 * 60, config.dailyApiLimit());
  }

  void define(SObjectSchema schema) {
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

  Optional<SfObject> object(String name) {
    return Optional.ofNullable(objects.get(name.toLowerCase(Locale.ROOT)));
  }

  /** The object named in a URL, or a 404 NOT_FOUND failure as Salesforce answers. */
  SfObject objectOrNotFound(String name) {
    return object(name)
        .orElseThrow(() -> SfFailure.notFound("The requested resource does not exist"));
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

  /**
   * Binds {@code soql} against the schemas into a scan of its object, turning SOQL errors into
   * Salesforce error responses.
   */
  SfScan scan(String soql, boolean includeDeleted) {
    if (soql == null || soql.isBlank()) {
      throw SfFailure.badRequest("MALFORMED_QUERY", "A query string has to be specified");
    }
    try {
      SoqlPlan plan =
          SoqlBinder.bind(
              soql,
              name -> object(name).map(SfObject::schema),
              id -> SfIds.isWellFormed(id) ? SfIds.canonical(id) : id);
      return new SfScan(plan, objectOrNotFound(plan.schema().name()).extent(), includeDeleted);
    } catch (SoqlException e) {
      throw SfFailure.badRequest(e.code(), e.getMessage());
    }
  }

  /** The identity URL of the fake user. */
  String identityUrl() {
    return baseUrl + "/id/" + config.orgId() + "AAA/" + config.userId() + "AAA";
  }
}
