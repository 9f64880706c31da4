package io.ikarus.connects.testkit.internal.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.ikarus.connects.testkit.RowGenerator;
import io.ikarus.connects.testkit.SObjectField;
import io.ikarus.connects.testkit.SObjectSchema;
import io.ikarus.connects.testkit.VendorApi;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.StoredRecord;
import io.ikarus.connects.testkit.internal.oauth.TokenRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fake Salesforce org behind the public {@code FakeSalesforce} facade, which calls the methods
 * that touch records under the server's handler lock.
 */
public final class SalesforceEngine {

  private final SfOrg org;
  private final SalesforceApi api;
  private final String refreshToken;

  /** Creates the org; serve {@link #vendorApi()} and tell the org its {@link #baseUrl}. */
  public SalesforceEngine(SfConfig config, Clock clock) {
    this.org = new SfOrg(config, clock);
    this.api = new SalesforceApi(org);
    this.refreshToken = org.grants.issueRefreshToken(config.clientId());
  }

  /** Declares an object (replacing one of the same name). */
  public void define(SObjectSchema schema) {
    org.define(schema);
  }

  /** The wire behaviour to serve. */
  public VendorApi vendorApi() {
    return api;
  }

  /** The token registry the server checks bearer tokens against. */
  public TokenRegistry tokens() {
    return org.tokens;
  }

  /** Sets the instance URL, the started server's. */
  public void baseUrl(String url) {
    org.baseUrl = url;
  }

  /** A fresh valid access token. */
  public String accessToken() {
    return org.tokens.issue(org.config.orgId() + "!AQ");
  }

  /** The refresh token registered at start. */
  public String refreshToken() {
    return refreshToken;
  }

  /** Sets the access-token lifetime (zero: unlimited). */
  public void tokenLifetime(Duration lifetime) {
    org.tokens.lifetime(lifetime);
  }

  /** Inserts a record with the same checks as the API; returns its id. */
  public String insert(String object, Map<String, Object> fields) {
    SfObject o = org.objectOrNotFound(object);
    return SfWriter.create(o, stored(o, fields)).id();
  }

  /** Updates a live record as a transaction that started at {@code stamp} and commits now. */
  public void updateStampedAt(String object, String id, Map<String, Object> fields, Instant stamp) {
    SfObject o = org.objectOrNotFound(object);
    StoredRecord r =
        o.extent()
            .find(SfIds.canonical(id))
            .filter(x -> !x.isDeleted())
            .orElseThrow(() -> new IllegalArgumentException("no live record " + id));
    o.extent().update(r, stored(o, fields), stamp.truncatedTo(ChronoUnit.SECONDS));
  }

  /** A record's values (system fields included), or empty when absent or deleted. */
  public Optional<Map<String, Object>> find(String object, String id) {
    SfObject o = org.objectOrNotFound(object);
    if (!SfIds.isWellFormed(id)) {
      return Optional.empty();
    }
    Optional<StoredRecord> r = o.extent().find(SfIds.canonical(id));
    return r.filter(x -> !x.isDeleted()).map(x -> values(o, x));
  }

  /** How many live stored records {@code object} has. */
  public long count(String object) {
    return org.objectOrNotFound(object).extent().stored().stream()
        .filter(r -> !r.isDeleted())
        .count();
  }

  /** Serves {@code count} generated rows of {@code object} to queries. */
  public void generate(String object, long count, RowGenerator generator) {
    SfObject o = org.objectOrNotFound(object);
    o.extent().generate(count, index -> stored(o, generator.row(index)));
  }

  /** API requests counted in the rolling 24-hour window. */
  public long apiUsage() {
    return org.apiUsage.used();
  }

  /** Changes the daily API allocation. */
  public void dailyApiLimit(long limit) {
    org.apiUsage.max(limit);
  }

  /** Whether Bulk API result rows are shuffled. */
  public void shuffleBulkResults(boolean shuffle) {
    org.shuffleBulkResults = shuffle;
  }

  private static Map<String, Object> values(SfObject object, StoredRecord record) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (SObjectField f : object.schema().fields()) {
      values.put(f.name(), SfObject.value(record, f));
    }
    return values;
  }

  /** Java values (numbers, strings, Instant, LocalDate, ...) to checked stored values. */
  private static Map<String, Object> stored(SfObject object, Map<String, Object> fields) {
    Map<String, JsonNode> json = new LinkedHashMap<>();
    fields.forEach((k, v) -> json.put(k, toJson(v)));
    return SfWriter.convert(object, json, true, SfValues::fromJson);
  }

  private static JsonNode toJson(Object value) {
    if (value instanceof Instant i) {
      return TextNode.valueOf(SfValues.REST_DATETIME.format(i));
    }
    if (value instanceof LocalDate d) {
      return TextNode.valueOf(d.toString());
    }
    return Json.MAPPER.valueToTree(value);
  }
}
