package io.ikarus.connects.testkit;

import java.util.ArrayList;
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
 *
 * @param name the API name, e.g. {@code "Account"}
 * @param label the label (the name unless set)
 * @param keyPrefix the three-character id prefix, e.g. {@code "001"}
 * @param fields every field, system fields first, in declaration order
 */
public record SObjectSchema(
    String name, String label, String keyPrefix, List<SObjectField> fields) {

  private static final Pattern KEY_PREFIX = Pattern.compile("[0-9A-Za-z]{3}");

  /**
   * Checks the key prefix and puts the system fields first; a field declared again (names match
   * case-insensitively) replaces the earlier one in its place.
   */
  public SObjectSchema {
    Objects.requireNonNull(name, "name");
    label = label == null ? name : label;
    if (!KEY_PREFIX.matcher(keyPrefix).matches()) {
      throw new IllegalArgumentException(
          "keyPrefix must be 3 letters or digits, not '" + keyPrefix + "'");
    }
    Map<String, SObjectField> all = new LinkedHashMap<>();
    systemFields().forEach(f -> all.put(key(f.name()), f));
    fields.forEach(f -> all.put(key(f.name()), f));
    fields = List.copyOf(all.values());
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

  /** True for custom objects (names ending in {@code __c}). */
  public boolean custom() {
    return name.endsWith("__c");
  }

  /** The field named {@code fieldName}, matched case-insensitively as Salesforce does. */
  public Optional<SObjectField> field(String fieldName) {
    return fields.stream().filter(f -> f.name().equalsIgnoreCase(fieldName)).findFirst();
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

    /** Sets the three-character key prefix of ids (default {@code "a00"}); checked at build. */
    public Builder keyPrefix(String keyPrefix) {
      this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix");
      return this;
    }

    /** Adds a field. */
    public Builder field(SObjectField field) {
      fields.add(Objects.requireNonNull(field, "field"));
      return this;
    }

    /** Builds the schema. */
    public SObjectSchema build() {
      return new SObjectSchema(name, label, keyPrefix, fields);
    }
  }
}
