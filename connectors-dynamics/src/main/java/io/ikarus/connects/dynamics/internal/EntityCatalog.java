package io.ikarus.connects.dynamics.internal;

import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.NotFoundException;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ApiRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds and caches the table behind an entity set name ({@code accounts} -> {@code account},
 * primary id {@code accountid}) with one {@code EntityDefinitions} query per set. Thread-safe; a
 * failed lookup is not cached.
 */
public final class EntityCatalog {

  private final ApiCalls calls;
  private final Map<String, CompletableFuture<EntityInfo>> cache = new ConcurrentHashMap<>();

  public EntityCatalog(ApiCalls calls) {
    this.calls = calls;
  }

  /**
   * The table whose entity set is exactly {@code entitySet}.
   *
   * @return a future completing exceptionally with NotFoundException when no table has that set
   *     name (names are case-sensitive: {@code Account} is not {@code accounts})
   */
  public CompletableFuture<EntityInfo> info(String entitySet) {
    ODataLiterals.name(entitySet, "metadata");
    CompletableFuture<EntityInfo> f = cache.computeIfAbsent(entitySet, this::lookup);
    f.whenComplete(
        (info, error) -> {
          if (error != null) {
            cache.remove(entitySet, f);
          }
        });
    return f;
  }

  // Metadata filters compare case-insensitively; the Web API's URLs do not.
  private static Map<?, ?> exact(Object rows, String entitySet) {
    if (rows instanceof List<?> list) {
      for (Object row : list) {
        if (row instanceof Map<?, ?> m && entitySet.equals(m.get("EntitySetName"))) {
          return m;
        }
      }
    }
    return null;
  }

  private CompletableFuture<EntityInfo> lookup(String entitySet) {
    ApiRequest request =
        ApiRequest.get("EntityDefinitions")
            .operation("metadata")
            .query("$select", "LogicalName,EntitySetName,PrimaryIdAttribute,PrimaryNameAttribute")
            .query("$filter", "EntitySetName eq " + ODataLiterals.literal(entitySet))
            .build();
    return calls.execute(request).thenApply(r -> info(r.jsonObject().get("value"), entitySet));
  }

  private static EntityInfo info(Object rows, String entitySet) {
    Map<?, ?> m = exact(rows, entitySet);
    if (m == null) {
      throw new NotFoundException(
          "no table has the entity set name '" + entitySet + "' (names are case-sensitive)",
          ErrorContext.of("dynamics", "metadata"));
    }
    Object name = m.get("PrimaryNameAttribute");
    return new EntityInfo(
        String.valueOf(m.get("LogicalName")),
        String.valueOf(m.get("EntitySetName")),
        String.valueOf(m.get("PrimaryIdAttribute")),
        name == null ? null : name.toString());
  }
}
