package io.ikarus.connects.testkit.internal.pipedrive;

import com.fasterxml.jackson.core.type.TypeReference;
import io.ikarus.connects.testkit.internal.Json;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Pipedrive entities the fake serves. What each is, read from {@code entities.json}: the API
 * version that owns it, the standard fields and their wire types, the fields a create requires and
 * the fields search looks at.
 */
enum PdEntity {
  DEALS,
  PERSONS,
  ORGANIZATIONS,
  ACTIVITIES,
  PRODUCTS,
  LEADS,
  NOTES;

  /** One entity's description in {@code entities.json}; see the accessors. */
  private record Spec(
      String label,
      boolean v2,
      String fieldsPath,
      Map<String, PdType> standard,
      Set<String> required,
      Set<String> searchFields) {}

  private static final Map<String, Spec> SPECS =
      Json.resource(
          "/io/ikarus/connects/testkit/pipedrive/entities.json",
          new TypeReference<Map<String, Spec>>() {});

  /** The plural path segment, such as {@code persons}. */
  String path() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The singular name used in messages, such as {@code Person}. */
  String label() {
    return spec().label();
  }

  /** The lower-case singular, such as {@code person}: a search hit's type, a recents item. */
  String item() {
    return label().toLowerCase(Locale.ROOT);
  }

  /** True when the entity lives on API v2; false for v1-only entities (leads, notes). */
  boolean v2() {
    return spec().v2();
  }

  /** The fields endpoint name, such as {@code personFields}, or null. */
  String fieldsPath() {
    return spec().fieldsPath();
  }

  /** The writable standard fields (in order) and their wire types. */
  Map<String, PdType> standard() {
    return spec().standard();
  }

  /** The fields a create must carry. */
  Set<String> required() {
    return spec().required();
  }

  /** The values {@code fields=} of a search may name. */
  Set<String> searchFields() {
    return spec().searchFields();
  }

  /** True when records carry custom fields (leads use the deal fields). */
  boolean hasCustomFields() {
    return this != NOTES && this != ACTIVITIES;
  }

  /** The entity whose plural path is {@code path}. */
  static Optional<PdEntity> byPath(String path) {
    return Arrays.stream(values()).filter(e -> e.path().equals(path)).findFirst();
  }

  /** The entity whose fields endpoint is {@code name}, such as {@code personFields}. */
  static Optional<PdEntity> byFieldsPath(String name) {
    return Arrays.stream(values()).filter(e -> name.equals(e.fieldsPath())).findFirst();
  }

  private Spec spec() {
    return SPECS.get(path());
  }

  /** The entity for a facade name, plural path or upper-case singular ({@code PERSON}). */
  static PdEntity parse(String name) {
    return Arrays.stream(values())
        .filter(e -> e.path().equalsIgnoreCase(name) || e.label().equalsIgnoreCase(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown Pipedrive entity: " + name));
  }
}
