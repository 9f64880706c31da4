package io.ikarus.connects.testkit.internal.pipedrive;

import java.util.Collections;
import java.util.LinkedHashMap;
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
      "title=STRING owner_id=INT person_id=INT org_id=INT pipeline_id=INT stage_id=INT "
          + "value=NUMBER currency=STRING status=STRING probability=NUMBER "
          + "expected_close_date=DATE is_archived=BOOLEAN label_ids=INT_LIST visible_to=INT",
      Set.of("title"),
      Set.of("title", "notes", "custom_fields")),
  PERSONS(
      "persons",
      "Person",
      true,
      "personFields",
      "name=STRING first_name=STRING last_name=STRING owner_id=INT org_id=INT "
          + "emails=CONTACTS phones=CONTACTS label_ids=INT_LIST visible_to=INT",
      Set.of(),
      Set.of("name", "email", "phone", "notes", "custom_fields")),
  ORGANIZATIONS(
      "organizations",
      "Organization",
      true,
      "organizationFields",
      "name=STRING owner_id=INT address=OBJECT label_ids=INT_LIST visible_to=INT",
      Set.of("name"),
      Set.of("name", "address", "notes", "custom_fields")),
  ACTIVITIES(
      "activities",
      "Activity",
      true,
      "activityFields",
      "subject=STRING type=STRING owner_id=INT deal_id=INT lead_id=STRING person_id=INT "
          + "org_id=INT due_date=DATE due_time=STRING duration=STRING done=BOOLEAN "
          + "note=STRING",
      Set.of("subject"),
      Set.of()),
  PRODUCTS(
      "products",
      "Product",
      true,
      "productFields",
      "name=STRING code=STRING description=STRING unit=STRING tax=NUMBER owner_id=INT "
          + "prices=OBJECT_LIST visible_to=INT",
      Set.of("name"),
      Set.of("name", "code", "custom_fields")),
  LEADS(
      "leads",
      "Lead",
      false,
      "leadFields",
      "title=STRING owner_id=INT person_id=INT organization_id=INT value=OBJECT "
          + "expected_close_date=DATE label_ids=STRING_LIST is_archived=BOOLEAN "
          + "was_seen=BOOLEAN visible_to=STRING",
      Set.of("title"),
      Set.of("title", "notes", "custom_fields")),
  NOTES(
      "notes",
      "Note",
      false,
      null,
      "content=STRING deal_id=INT person_id=INT org_id=INT lead_id=STRING user_id=INT "
          + "pinned_to_deal_flag=INT pinned_to_person_flag=INT "
          + "pinned_to_organization_flag=INT",
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
      String standard,
      Set<String> required,
      Set<String> searchFields) {
    this.path = path;
    this.label = label;
    this.v2 = v2;
    this.fieldsPath = fieldsPath;
    this.standard = types(standard);
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

  /** Reads {@code name=TYPE name=TYPE ...} into an ordered map. */
  private static Map<String, PdType> types(String spec) {
    Map<String, PdType> types = new LinkedHashMap<>();
    for (String field : spec.split(" ")) {
      int eq = field.indexOf('=');
      types.put(field.substring(0, eq), PdType.valueOf(field.substring(eq + 1)));
    }
    return Collections.unmodifiableMap(types);
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
