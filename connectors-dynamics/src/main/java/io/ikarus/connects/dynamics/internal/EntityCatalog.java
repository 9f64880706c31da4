package io.ikarus.connects.dynamics.internal;

import io.ikarus.connects.dynamics.internal.dto.EntityDefinitions;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.NotFoundException;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ApiRequest;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Finds and caches the table behind an entity set name ({@code accounts} -> {@code account},
 * primary id {@code accountid}) with one {@code EntityDefinitions} query per set. Thread-safe; a
 * failed lookup is not cached.
 */
public final class EntityCatalog {

  private final ApiCalls calls;
  private final Map<String, CompletableFuture<EntityInfo>> cache = new ConcurrentHashMap<>();

  /** A catalog reading through {@code calls}. */
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

  /** Runs {@code work} on the table of {@code entitySet} once it is known. */
  public <T> CompletableFuture<T> with(
      String entitySet, Function<EntityInfo, CompletableFuture<T>> work) {
    return info(entitySet).thenCompose(work);
  }

  private CompletableFuture<EntityInfo> lookup(String entitySet) {
    ApiRequest request =
        ApiRequest.get("EntityDefinitions")
            .operation("metadata")
            .query("$select", "LogicalName,EntitySetName,PrimaryIdAttribute,PrimaryNameAttribute")
            .query("$filter", "EntitySetName eq " + ODataLiterals.literal(entitySet))
            .build();
    return calls.execute(request).thenApply(r -> info(r.json(EntityDefinitions.class), entitySet));
  }

  // Metadata filters compare case-insensitively; the Web API's URLs do not.
  private static EntityInfo info(EntityDefinitions found, String entitySet) {
    for (EntityDefinitions.Table t : found.value()) {
      if (entitySet.equals(t.entitySetName())) {
        return new EntityInfo(
            String.valueOf(t.logicalName()),
            t.entitySetName(),
            String.valueOf(t.primaryId()),
            t.primaryName());
      }
    }
    throw new NotFoundException(
        "no table has the entity set name '" + entitySet + "' (names are case-sensitive)",
        ErrorContext.of("dynamics", "metadata"));
  }
}
