package io.ikarus.connects.hubspot.internal;

import io.ikarus.connects.FieldSchema;
import io.ikarus.connects.ObjectSchema;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * Every property name of each object type, read once from the properties API and cached. HubSpot
 * returns only a short default set of properties unless asked for more, so a change feed that
 * should carry whole records must name them all.
 */
public final class PropertyNames {

  private final Function<String, CompletableFuture<ObjectSchema>> describe;
  private final ConcurrentMap<String, CompletableFuture<List<String>>> cache =
      new ConcurrentHashMap<>();

  /** Names read through {@code describe}. */
  public PropertyNames(Function<String, CompletableFuture<ObjectSchema>> describe) {
    this.describe = describe;
  }

  /**
   * The property names of {@code object}; a failed read is not cached. The describe call may {@link
   * #remember} the schema itself (even before it returns), so it runs outside any map update.
   */
  public CompletableFuture<List<String>> of(String object) {
    CompletableFuture<List<String>> cached = cache.get(object);
    if (cached != null) {
      return cached;
    }
    CompletableFuture<List<String>> read = describe.apply(object).thenApply(PropertyNames::names);
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
