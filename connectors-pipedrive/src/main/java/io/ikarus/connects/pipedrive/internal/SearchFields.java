package io.ikarus.connects.pipedrive.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which caller field a v2 search can look in, and under which {@code fields=} value: a person's
 * {@code name}, {@code email}, {@code phone}; a deal's or lead's {@code title}; an organization's
 * {@code name}; a product's {@code name} or {@code code}; and custom fields of the searchable types
 * (text, numbers, monetary, phone, address).
 */
public final class SearchFields {

  private static final Map<Entity, Set<String>> STANDARD =
      Map.of(
          Entity.PERSONS, Set.of("name", "email", "phone"),
          Entity.DEALS, Set.of("title"),
          Entity.LEADS, Set.of("title"),
          Entity.ORGANIZATIONS, Set.of("name"),
          Entity.PRODUCTS, Set.of("name", "code"));
  private static final Set<String> SEARCHABLE_TYPES =
      Set.of("varchar", "varchar_auto", "text", "double", "monetary", "phone", "address");

  private SearchFields() {}

  /** The {@code fields=} value that searches {@code field}, or empty when search cannot. */
  public static Optional<String> of(Entity entity, String field, FieldCatalog catalog) {
    if (entity.searchEndpoint() == null) {
      return Optional.empty();
    }
    if (STANDARD.getOrDefault(entity, Set.of()).contains(field)) {
      return Optional.of(field);
    }
    return catalog
        .resolve(field)
        .filter(f -> f.custom() && SEARCHABLE_TYPES.contains(f.type()))
        .map(f -> "custom_fields");
  }
}
