package io.ikarus.connects.hubspot.internal;

import io.ikarus.connects.FieldSchema;
import io.ikarus.connects.ObjectSchema;
import io.ikarus.connects.spi.SchemaOperations;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Every property name of each object type, read once from the properties API and cached. HubSpot
 * returns only a short default set of properties unless asked for more, so a change feed that
 * should carry whole records must name them all.
 */
public final class PropertyNames implements SchemaOperations {

  private final PropertyCalls properties;
  private final ConcurrentMap<String, CompletableFuture<List<String>>> cache =
      new ConcurrentHashMap<>();

  /** Names read through the properties API's {@code properties}. */
  public PropertyNames(PropertyCalls properties) {
    this.properties = properties;
  }

  /** Describes {@code object} through the properties API and keeps its names. */
  @Override
  public CompletableFuture<ObjectSchema> describe(String object) {
    return properties
        .describe(object)
        .thenApply(
            schema -> {
              remember(schema);
              return schema;
            });
  }

  /** Creates a property (see {@link PropertyCalls#create}) and forgets the object's names. */
  public CompletableFuture<FieldSchema> create(String object, FieldSchema field, String group) {
    return properties
        .create(object, field, group)
        .thenApply(
            created -> {
              forget(object);
              return created;
            });
  }

  /**
   * The property names of {@code object}; a failed read is not cached. The describe call {@link
   * #remember}s the schema itself (even before it returns), so it runs outside any map update.
   */
  public CompletableFuture<List<String>> of(String object) {
    CompletableFuture<List<String>> cached = cache.get(object);
    if (cached != null) {
      return cached;
    }
    CompletableFuture<List<String>> read = describe(object).thenApply(PropertyNames::names);
    CompletableFuture<List<String>> known = cache.putIfAbsent(object, read);
    CompletableFuture<List<String>> names = known != null ? known : read;
    names.whenComplete(
        (ok, failure) -> {
          if (failure != null) {
            cache.remove(object, names);
          }
        });
    return names;
  }

  /** Keeps the names of a schema just described, so that they need not be read again. */
  public void remember(ObjectSchema schema) {
    cache.put(schema.name(), CompletableFuture.completedFuture(names(schema)));
  }

  private static List<String> names(ObjectSchema schema) {
    return schema.fields().stream().map(FieldSchema::name).toList();
  }

  /** Forgets {@code object}'s names, after a property was created. */
  public void forget(String object) {
    cache.remove(object);
  }
}
