package io.ikarus.connects.pipedrive.internal;

import io.ikarus.connects.FieldSchema;
import io.ikarus.connects.FieldType;
import io.ikarus.connects.ObjectSchema;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.spi.SchemaOperations;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Describes an object from its field catalog, read afresh (a describe also refreshes the cached
 * catalog), custom fields under their names.
 */
public final class Schemas implements SchemaOperations {

  private static final Set<String> READ_ONLY = Set.of("id", "add_time", "update_time");

  private final FieldCatalogs catalogs;

  /** Describes from the catalogs {@code catalogs} loads and caches. */
  public Schemas(FieldCatalogs catalogs) {
    this.catalogs = catalogs;
  }

  @Override
  public CompletableFuture<ObjectSchema> describe(String object) {
    Entity entity = Entity.of(object, ErrorContext.of(PipedriveParts.NAME, "describe"));
    return catalogs.refresh(entity).thenApply(c -> schema(object, entity, c));
  }

  private static ObjectSchema schema(String object, Entity entity, FieldCatalog catalog) {
    List<FieldSchema> fields = new ArrayList<>();
    for (FieldInfo f : catalog.fields()) {
      String name = catalog.nameOf(f.key());
      boolean writable = !READ_ONLY.contains(f.key());
      boolean key = SearchFields.of(entity, name, catalog).isPresent();
      fields.add(
          new FieldSchema(
              name,
              f.name(),
              type(f),
              f.type(),
              f.required(),
              writable,
              writable,
              key,
              List.copyOf(f.options().keySet())));
    }
    if (entity == Entity.PERSONS) {
      fields.add(
          new FieldSchema(
              "email", "Email", FieldType.EMAIL, "varchar", false, true, true, true, List.of()));
      fields.add(
          new FieldSchema(
              "phone", "Phone", FieldType.PHONE, "phone", false, true, true, true, List.of()));
    }
    return new ObjectSchema(object, entity.path(), "id", fields);
  }

  private static FieldType type(FieldInfo f) {
    if (f.key().equals("id")) {
      return FieldType.ID;
    }
    String t = f.type() == null ? "" : f.type();
    return switch (t) {
      case "int" -> FieldType.INTEGER;
      case "user", "org", "people", "deal", "stage", "lead", "project" -> FieldType.REFERENCE;
      case "double" -> FieldType.DECIMAL;
      case "monetary" -> FieldType.CURRENCY;
      case "boolean" -> FieldType.BOOLEAN;
      case "date" -> f.key().endsWith("_time") ? FieldType.DATETIME : FieldType.DATE;
      case "enum", "status", "visible_to" -> FieldType.PICKLIST;
      case "set" -> FieldType.MULTI_PICKLIST;
      case "phone" -> FieldType.PHONE;
      case "varchar", "varchar_auto", "text", "address" -> FieldType.STRING;
      default -> FieldType.OTHER;
    };
  }
}
