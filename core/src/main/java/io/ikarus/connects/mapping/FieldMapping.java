package io.ikarus.connects.mapping;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.FieldType;
import io.ikarus.connects.internal.mapping.FieldPath;
import io.ikarus.connects.internal.mapping.FieldRule;
import io.ikarus.connects.internal.mapping.MappingConfig;
import io.ikarus.connects.internal.mapping.MappingEngine;
import io.ikarus.connects.internal.mapping.ReverseRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Maps a source record's fields to target fields: each target field is read from a source path
 * ({@code email}, {@code address.city}, {@code phones[0].number}, or Meta Lead Ads' {@code
 * field_data.email}), passed through an optional {@link Transform}, with an optional default and a
 * required flag. Immutable and thread-safe.
 *
 * <pre>{@code
 * FieldMapping mapping = FieldMapping.builder()
 *     .map("Email", "email", Transforms.email())
 *     .map("Phone", "phone_number", Transforms.phoneE164("IN"))
 *     .map("LastName", "full_name", Transforms.lastName())
 *     .constant("LeadSource", "Web")
 *     .required("Email", "LastName")
 *     .build();
 * Map<String, Object> lead = mapping.apply(formFields);   // ValidationException listing every bad field
 * }</pre>
 *
 * <p>The same mapping as JSON (the {@code field_mapping} object of a connector config), with {@link
 * #fromJson(String)}: {@code {"Email": {"from": "email", "transform": "email", "required": true},
 * "City": "address.city", "Phone": {"from": "phone", "transform": {"name": "phone_e164", "country":
 * "IN"}}, "Name": {"from": ["first", "last"], "transform": {"name": "concat", "separator": " "}},
 * "LeadSource": {"constant": "Web"}, "Employees": {"from": "employees", "type": "number"},
 * "$unmapped": "drop"}}}. A rule's {@code "type"} declares the target field's type ({@link
 * Builder#type}): {@code number}, {@code integer}, {@code decimal}, {@code currency}, {@code
 * boolean}, {@code date}, {@code datetime}, {@code picklist}, {@code multi_picklist}, {@code text}
 * ({@code string}), {@code email}, {@code phone}, {@code url} or {@code reference}.
 *
 * <p>For two-way sync, {@link #reverse()} maps target fields back to source fields. It is derived
 * when every rule reads one plain field through an invertible transform, or given with {@link
 * Builder#reverse(FieldMapping)}.
 */
public final class FieldMapping {

  private final List<FieldRule> rules;
  private final UnmappedFields unmapped;
  private final MappingEngine engine;
  private final FieldMapping explicitReverse;
  private final ReverseRules derived;
  private final FieldMapping forward;
  private final Map<String, FieldType> types;
  private volatile FieldMapping derivedReverse;

  private FieldMapping(
      List<FieldRule> rules, UnmappedFields unmapped, FieldMapping reverse, FieldMapping forward) {
    this(rules, unmapped, reverse, forward, Map.of());
  }

  private FieldMapping(
      List<FieldRule> rules,
      UnmappedFields unmapped,
      FieldMapping reverse,
      FieldMapping forward,
      Map<String, FieldType> types) {
    this.types = Map.copyOf(types);
    this.rules = List.copyOf(rules);
    this.unmapped = unmapped;
    this.engine = new MappingEngine(rules, unmapped);
    this.explicitReverse = reverse;
    this.forward = forward;
    this.derived = reverse == null && forward == null ? ReverseRules.of(rules) : null;
  }

  /** A builder for a mapping with no rules. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Parses the JSON form (see the class description).
   *
   * @throws MappingException naming the field whose definition is wrong
   */
  public static FieldMapping fromJson(String json) {
    return fromJson(json, Map.of());
  }

  /** Parses the JSON form, where transforms may also name an entry of {@code custom}. */
  public static FieldMapping fromJson(String json, Map<String, Transform> custom) {
    return MappingConfig.parse(MappingConfig.readJson(json), custom);
  }

  /** Builds a mapping from its configuration form as parsed JSON (maps, lists, scalars). */
  public static FieldMapping fromConfig(Map<String, ?> config) {
    return MappingConfig.parse(config, Map.of());
  }

  /**
   * Maps a source record's fields.
   *
   * @return the target fields, in rule order (then passed-through fields)
   * @throws io.ikarus.connects.error.ValidationException listing every missing or invalid field at
   *     once, each naming the target field, the value and the reason
   */
  public Map<String, Object> apply(Map<String, Object> source) {
    return engine.apply(Objects.requireNonNull(source, "source"), "record");
  }

  /** Maps a record's fields; a failure message names the record's id. */
  public Map<String, Object> apply(CrmRecord source) {
    return engine.apply(source.fields(), source.object() + " record " + source.id());
  }

  /** The target fields the rules write, in rule order. */
  public List<String> targetFields() {
    return rules.stream().map(FieldRule::target).toList();
  }

  /** The policy for source fields that no rule reads. */
  public UnmappedFields unmapped() {
    return unmapped;
  }

  /** True when {@link #reverse()} will return a mapping rather than throw. */
  public boolean isReversible() {
    return explicitReverse != null || forward != null || derived.problems().isEmpty();
  }

  /**
   * The mapping from target fields back to source fields: the one given to the builder, or one
   * derived from invertible rules (constant rules are left out; source fields that no rule reads
   * pass through when this mapping passes them through, else they are dropped).
   *
   * @throws MappingException listing each rule that cannot be reversed and why
   */
  public FieldMapping reverse() {
    if (explicitReverse != null) {
      return explicitReverse;
    }
    if (forward != null) {
      return forward;
    }
    if (!derived.problems().isEmpty()) {
      throw new MappingException(
          null,
          "cannot derive a reverse mapping; give one with Builder.reverse(...). "
              + String.join("; ", derived.problems()));
    }
    FieldMapping r = derivedReverse;
    if (r == null) {
      UnmappedFields policy =
          unmapped == UnmappedFields.PASS_THROUGH ? unmapped : UnmappedFields.DROP;
      r = new FieldMapping(derived.rules(), policy, null, this);
      derivedReverse = r;
    }
    return r;
  }

  /**
   * The types declared for target fields ({@link Builder#type}); a sync compares, hashes and writes
   * these fields as values of their type, ahead of what the target's schema says.
   */
  public Map<String, FieldType> fieldTypes() {
    return types;
  }

  /** A builder holding this mapping's rules and settings. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.types.putAll(types);
    rules.forEach(r -> b.rules.put(r.target(), r));
    b.unmapped = unmapped;
    b.reverse = explicitReverse;
    return b;
  }

  @Override
  public String toString() {
    return "FieldMapping{targets=" + targetFields() + ", unmapped=" + unmapped + '}';
  }

  /** Builds a {@link FieldMapping}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, FieldRule> rules = new LinkedHashMap<>();
    private final Map<String, Object> defaults = new LinkedHashMap<>();
    private final List<String> required = new ArrayList<>();
    private final Map<String, FieldType> types = new LinkedHashMap<>();
    private UnmappedFields unmapped = UnmappedFields.DROP;
    private FieldMapping reverse;

    private Builder() {}

    /** Copies the value at {@code sourcePath} to {@code target}. */
    public Builder map(String target, String sourcePath) {
      return map(target, sourcePath, Transform.identity());
    }

    /** Writes {@code transform} of the value at {@code sourcePath} to {@code target}. */
    public Builder map(String target, String sourcePath, Transform transform) {
      return add(target, List.of(FieldPath.parse(target, sourcePath)), transform);
    }

    /** Writes {@code transform} of the list of values at {@code sourcePaths} to {@code target}. */
    public Builder map(String target, List<String> sourcePaths, Transform transform) {
      if (sourcePaths.isEmpty()) {
        throw new MappingException(target, "needs at least one source path");
      }
      return add(
          target, sourcePaths.stream().map(p -> FieldPath.parse(target, p)).toList(), transform);
    }

    /** Writes {@code value} to {@code target} for every record. */
    public Builder constant(String target, Object value) {
      return add(target, List.of(), Transforms.constant(value));
    }

    /** Uses {@code value} for {@code target} when its source is missing or null. */
    public Builder defaultValue(String target, Object value) {
      defaults.put(target, value);
      return this;
    }

    /** Makes records without a value for these targets fail. */
    public Builder required(String... targets) {
      required.addAll(List.of(targets));
      return this;
    }

    /**
     * Declares the type of a target field's values (numbers compare by value, booleans by truth,
     * datetimes by instant, dates by day), for targets whose schema does not say it.
     */
    public Builder type(String target, FieldType type) {
      types.put(Objects.requireNonNull(target, "target"), Objects.requireNonNull(type, "type"));
      return this;
    }

    /** What to do with source fields no rule reads. Default {@link UnmappedFields#DROP}. */
    public Builder unmapped(UnmappedFields unmapped) {
      this.unmapped = Objects.requireNonNull(unmapped, "unmapped");
      return this;
    }

    /** The reverse mapping to use instead of deriving one. */
    public Builder reverse(FieldMapping reverse) {
      this.reverse = Objects.requireNonNull(reverse, "reverse");
      return this;
    }

    /**
     * Builds the mapping.
     *
     * @throws MappingException when a default or required flag names a target with no rule
     */
    public FieldMapping build() {
      Map<String, FieldRule> all = new LinkedHashMap<>(rules);
      defaults.forEach((t, v) -> all.put(t, rule(all, t, "default").withDefault(v)));
      required.forEach(t -> all.put(t, rule(all, t, "required").asRequired()));
      types.keySet().forEach(t -> rule(all, t, "type"));
      return new FieldMapping(new ArrayList<>(all.values()), unmapped, reverse, null, types);
    }

    private static FieldRule rule(Map<String, FieldRule> all, String target, String what) {
      FieldRule r = all.get(target);
      if (r == null) {
        throw new MappingException(target, what + " given for a field that has no mapping rule");
      }
      return r;
    }

    private Builder add(String target, List<FieldPath> sources, Transform transform) {
      if (target == null || target.isBlank()) {
        throw new MappingException(null, "target field name must not be blank");
      }
      Objects.requireNonNull(transform, "transform");
      if (rules.containsKey(target)) {
        throw new MappingException(target, "is mapped twice");
      }
      rules.put(target, new FieldRule(target, sources, transform, false, false, null));
      return this;
    }
  }
}
