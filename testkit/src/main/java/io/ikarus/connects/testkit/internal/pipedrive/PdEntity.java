package io.ikarus.connects.testkit.internal.pipedrive;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Pipedrive entities the fake serves, with the API version that owns them, the standard fields
 * and their wire types, the fields a create requires and the fields search looks at.
 */
enum PdEntity {
  DEALS(
      "deals",
      "Deal",
      true,
      "dealFields",
      Map.ofEntries(
          Map.entry("title", PdType.STRING),
          Map.entry("owner_id", PdType.INT),
          Map.entry("person_id", PdType.INT),
          Map.entry("org_id", PdType.INT),
          Map.entry("pipeline_id", PdType.INT),
          Map.entry("stage_id", PdType.INT),
          Map.entry("value", PdType.NUMBER),
          Map.entry("currency", PdType.STRING),
          Map.entry("status", PdType.STRING),
          Map.entry("probability", PdType.NUMBER),
          Map.entry("expected_close_date", PdType.DATE),
          Map.entry("is_archived", PdType.BOOLEAN),
          Map.entry("label_ids", PdType.INT_LIST),
          Map.entry("visible_to", PdType.INT)),
      Set.of("title"),
      Set.of("title", "notes", "custom_fields")),
  PERSONS(
      "persons",
      "Person",
      true,
      "personFields",
      Map.ofEntries(
          Map.entry("name", PdType.STRING),
          Map.entry("first_name", PdType.STRING),
          Map.entry("last_name", PdType.STRING),
          Map.entry("owner_id", PdType.INT),
          Map.entry("org_id", PdType.INT),
          Map.entry("emails", PdType.CONTACTS),
          Map.entry("phones", PdType.CONTACTS),
          Map.entry("label_ids", PdType.INT_LIST),
          Map.entry("visible_to", PdType.INT)),
      Set.of(),
      Set.of("name", "email", "phone", "notes", "custom_fields")),
  ORGANIZATIONS(
      "organizations",
      "Organization",
      true,
      "organizationFields",
      Map.of(
          "name", PdType.STRING,
          "owner_id", PdType.INT,
          "address", PdType.OBJECT,
          "label_ids", PdType.INT_LIST,
          "visible_to", PdType.INT),
      Set.of("name"),
      Set.of("name", "address", "notes", "custom_fields")),
  ACTIVITIES(
      "activities",
      "Activity",
      true,
      "activityFields",
      Map.ofEntries(
          Map.entry("subject", PdType.STRING),
          Map.entry("type", PdType.STRING),
          Map.entry("owner_id", PdType.INT),
          Map.entry("deal_id", PdType.INT),
          Map.entry("lead_id", PdType.STRING),
          Map.entry("person_id", PdType.INT),
          Map.entry("org_id", PdType.INT),
          Map.entry("due_date", PdType.DATE),
          Map.entry("due_time", PdType.STRING),
          Map.entry("duration", PdType.STRING),
          Map.entry("done", PdType.BOOLEAN),
          Map.entry("note", PdType.STRING)),
      Set.of("subject"),
      Set.of()),
  PRODUCTS(
      "products",
      "Product",
      true,
      "productFields",
      Map.of(
          "name", PdType.STRING,
          "code", PdType.STRING,
          "description", PdType.STRING,
          "unit", PdType.STRING,
          "tax", PdType.NUMBER,
          "owner_id", PdType.INT,
          "prices", PdType.OBJECT_LIST,
          "visible_to", PdType.INT),
      Set.of("name"),
      Set.of("name", "code", "custom_fields")),
  LEADS(
      "leads",
      "Lead",
      false,
      "leadFields",
      Map.ofEntries(
          Map.entry("title", PdType.STRING),
          Map.entry("owner_id", PdType.INT),
          Map.entry("person_id", PdType.INT),
          Map.entry("organization_id", PdType.INT),
          Map.entry("value", PdType.OBJECT),
          Map.entry("expected_close_date", PdType.DATE),
          Map.entry("label_ids", PdType.STRING_LIST),
          Map.entry("is_archived", PdType.BOOLEAN),
          Map.entry("was_seen", PdType.BOOLEAN),
          Map.entry("visible_to", PdType.STRING)),
      Set.of("title"),
      Set.of("title", "notes", "custom_fields")),
  NOTES(
      "notes",
      "Note",
      false,
      null,
      Map.ofEntries(
          Map.entry("content", PdType.STRING),
          Map.entry("deal_id", PdType.INT),
          Map.entry("person_id", PdType.INT),
          Map.entry("org_id", PdType.INT),
          Map.entry("lead_id", PdType.STRING),
          Map.entry("user_id", PdType.INT),
          Map.entry("pinned_to_deal_flag", PdType.INT),
          Map.entry("pinned_to_person_flag", PdType.INT),
          Map.entry("pinned_to_organization_flag", PdType.INT)),
      Set.of("content"),
      Set.of());

  private final String path;
  private final String label;
  private final boolean v2;
  private final String fieldsPath;
  private final Map<String, PdType> standard;
  private final Set<String> required;
  private final Set<String> searchFields;

  PdEntity(
      String path,
      String label,
      boolean v2,
      String fieldsPath,
      Map<String, PdType> standard,
      Set<String> required,
      Set<String> searchFields) {
    this.path = path;
    this.label = label;
    this.v2 = v2;
    this.fieldsPath = fieldsPath;
    this.standard = standard;
    this.required = required;
    this.searchFields = searchFields;
  }

  /** The plural path segment, such as {@code persons}. */
  String path() {
    return path;
  }

  /** The singular name used in messages, such as {@code Person}. */
  String label() {
    return label;
  }

  /** True when the entity lives on API v2; false for v1-only entities (leads, notes). */
  boolean v2() {
    return v2;
  }

  /** The fields endpoint name, such as {@code personFields}, or null. */
  String fieldsPath() {
    return fieldsPath;
  }

  /** The writable standard fields and their wire types. */
  Map<String, PdType> standard() {
    return standard;
  }

  /** The fields a create must carry. */
  Set<String> required() {
    return required;
  }

  /** The values {@code fields=} of a search may name. */
  Set<String> searchFields() {
    return searchFields;
  }

  /** True when records carry custom fields (leads use the deal fields). */
  boolean hasCustomFields() {
    return this != NOTES && this != ACTIVITIES;
  }

  /** The entity whose plural path is {@code path}. */
  static Optional<PdEntity> byPath(String path) {
    for (PdEntity e : values()) {
      if (e.path.equals(path)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The entity whose fields endpoint is {@code name}, such as {@code personFields}. */
  static Optional<PdEntity> byFieldsPath(String name) {
    for (PdEntity e : values()) {
      if (name.equals(e.fieldsPath)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The entity for a facade name, plural path or upper-case singular ({@code PERSON}). */
  static PdEntity parse(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (PdEntity e : values()) {
      if (e.path.equals(lower) || e.label.toLowerCase(Locale.ROOT).equals(lower)) {
        return e;
      }
    }
    throw new IllegalArgumentException("unknown Pipedrive entity: " + name);
  }
}
