package io.ikarus.connects.leads;

import io.ikarus.connects.leads.internal.Payloads;
import io.ikarus.connects.mapping.FieldMapping;
import io.ikarus.connects.mapping.Transforms;
import io.ikarus.connects.spi.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Settings every lead source has: its connector id, the default country of its phone numbers and
 * its mapping (the source's documented default unless overridden). Not thread-safe.
 *
 * @param <B> the concrete builder
 */
public abstract class LeadSourceBuilder<B extends LeadSourceBuilder<B>> {

  final String id;
  final String kind;
  String country;
  FieldMapping mapping;
  String scope;
  private Map<String, Object> config;

  LeadSourceBuilder(String id, String kind, String defaultCountry) {
    Objects.requireNonNull(id, "id");
    if (!id.matches("[A-Za-z0-9_\\-]{1,128}")) {
      throw new IllegalArgumentException(
          "a connector id is 1 to 128 letters, digits, '-' or '_', got '" + id + "'");
    }
    this.id = id;
    this.kind = kind;
    this.country = defaultCountry;
    this.config = Payloads.defaultConfig(kind);
    this.mapping = FieldMapping.fromConfig(config);
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /**
   * Country assumed for phone numbers without a country code: an ISO 3166 code such as {@code
   * "IN"}, or a calling code such as {@code "+91"}.
   *
   * @throws io.ikarus.connects.mapping.MappingException for an unknown country
   */
  public B defaultCountry(String country) {
    Transforms.phoneE164(country);
    this.country = country;
    return self();
  }

  /** The namespace event and external ids are unique in; see {@link LeadSource#dedupScope()}. */
  public B dedupScope(String scope) {
    this.scope = Objects.requireNonNull(scope, "scope");
    return self();
  }

  /** Replaces the default mapping (payload fields to {@link Lead#FIELDS}). */
  public B mapping(FieldMapping mapping) {
    this.mapping = Objects.requireNonNull(mapping, "mapping");
    return self();
  }

  /**
   * Replaces the mapping by its JSON form (see {@link FieldMapping#fromJson(String)}).
   *
   * @throws io.ikarus.connects.mapping.MappingException naming the field defined wrong
   */
  public B mapping(String json) {
    Map<String, Object> parsed = Json.parseObject(json);
    this.mapping = FieldMapping.fromConfig(parsed);
    this.config = parsed;
    return self();
  }

  /**
   * Adds rules to the JSON-form mapping in force (the default, or the last {@link
   * #mapping(String)}), replacing rules of the same target: {@code extendMapping("{\"campaign\":
   * \"utm_campaign\"}")}.
   *
   * @throws io.ikarus.connects.mapping.MappingException naming the field defined wrong
   */
  public B extendMapping(String json) {
    Map<String, Object> merged = new LinkedHashMap<>(config);
    merged.putAll(Json.parseObject(json));
    this.mapping = FieldMapping.fromConfig(merged);
    this.config = merged;
    return self();
  }
}
