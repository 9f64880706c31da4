package io.ikarus.connects.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The declaration of one sObject type in a {@link FakeSalesforce}: its fields and key prefix. The
 * system fields {@code Id}, {@code IsDeleted}, {@code CreatedDate}, {@code LastModifiedDate} and
 * {@code SystemModstamp} are added automatically. Immutable.
 *
 * <p>Example: {@code SObjectSchema.builder("Invoice__c").keyPrefix("a01")
 * .field(SObjectField.builder("Number__c", SObjectFieldType.STRING).externalId().unique().build())
 * .build()}
 */
public final class SObjectSchema {

  private static final Pattern KEY_PREFIX = Pattern.compile("[0-9A-Za-z]{3}");

  private final String name;
  private final String label;
  private final String keyPrefix;
  private final Map<String, SObjectField> fields;

  private SObjectSchema(Builder b) {
    this.name = b.name;
    this.label = b.label == null ? b.name : b.label;
    this.keyPrefix = b.keyPrefix;
    Map<String, SObjectField> all = new LinkedHashMap<>();
    systemFields().forEach(f -> all.put(key(f.name()), f));
    b.fields.forEach(f -> all.put(key(f.name()), f));
    this.fields = Collections.unmodifiableMap(all);
  }

  /** Starts a schema for the object {@code name}. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  private static List<SObjectField> systemFields() {
    return List.of(
        SObjectField.builder("Id", SObjectFieldType.ID).readOnly().idLookup().build(),
        SObjectField.builder("IsDeleted", SObjectFieldType.BOOLEAN).readOnly().build(),
        SObjectField.builder("CreatedDate", SObjectFieldType.DATETIME).readOnly().build(),
        SObjectField.builder("LastModifiedDate", SObjectFieldType.DATETIME).readOnly().build(),
        SObjectField.builder("SystemModstamp", SObjectFieldType.DATETIME).readOnly().build());
  }

  private static String key(String fieldName) {
    return fieldName.toLowerCase(Locale.ROOT);
  }

  /** The API name, e.g. {@code "Account"}. */
  public String name() {
    return name;
  }

  /** The label. */
  public String label() {
    return label;
  }

  /** The three-character id prefix, e.g. {@code "001"}. */
  public String keyPrefix() {
    return keyPrefix;
  }

  /** True for custom objects (names ending in {@code __c}). */
  public boolean custom() {
    return name.endsWith("__c");
  }

  /** Every field, system fields first, in declaration order. */
  public List<SObjectField> fields() {
    return List.copyOf(fields.values());
  }

  /** The field named {@code fieldName}, matched case-insensitively as Salesforce does. */
  public Optional<SObjectField> field(String fieldName) {
    return Optional.ofNullable(fields.get(key(fieldName)));
  }

  /** Builds an {@link SObjectSchema}. Not thread-safe. */
  public static final class Builder {
    private final String name;
    private String label;
    private String keyPrefix = "a00";
    private final List<SObjectField> fields = new ArrayList<>();

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    /** Sets the label. */
    public Builder label(String label) {
      this.label = label;
      return this;
    }

    /** Sets the three-character key prefix of ids (default {@code "a00"}). */
    public Builder keyPrefix(String keyPrefix) {
      if (!KEY_PREFIX.matcher(keyPrefix).matches()) {
        throw new IllegalArgumentException(
            "keyPrefix must be 3 letters or digits, not '" + keyPrefix + "'");
      }
      this.keyPrefix = keyPrefix;
      return this;
    }

    /** Adds a field. */
    public Builder field(SObjectField field) {
      fields.add(Objects.requireNonNull(field, "field"));
      return this;
    }

    /** Builds the schema. */
    public SObjectSchema build() {
      return new SObjectSchema(this);
    }
  }
}
