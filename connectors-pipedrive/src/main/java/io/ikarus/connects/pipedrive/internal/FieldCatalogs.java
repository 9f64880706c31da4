package io.ikarus.connects.pipedrive.internal;

import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ApiRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The field catalogs of every object, loaded from the Fields API on first use (v2 cursor pages, v1
 * offset pages for lead fields) and kept until {@link #refresh} — which a miss triggers: a name
 * nobody knows, or a hash key a response carries that the catalog lacks. Thread-safe.
 */
public final class FieldCatalogs {

  private final ApiCalls calls;
  private final Map<Entity, CompletableFuture<FieldCatalog>> cache = new ConcurrentHashMap<>();

  /** Catalogs loaded through {@code calls}. */
  public FieldCatalogs(ApiCalls calls) {
    this.calls = calls;
  }

  /** The cached catalog of {@code entity}, loading it on first use. */
  public CompletableFuture<FieldCatalog> of(Entity entity) {
    CompletableFuture<FieldCatalog> f = cache.computeIfAbsent(entity, this::load);
    if (f.isCompletedExceptionally()) {
      cache.remove(entity, f);
    }
    return f;
  }

  /** Forgets the cached catalog and loads it again. */
  public CompletableFuture<FieldCatalog> refresh(Entity entity) {
    cache.remove(entity);
    return of(entity);
  }

  private CompletableFuture<FieldCatalog> load(Entity entity) {
    if (entity.fieldsEndpoint() == null) {
      return CompletableFuture.completedFuture(FieldCatalog.empty());
    }
    return page(entity, null, new ArrayList<>()).thenApply(FieldCatalog::new);
  }

  private CompletableFuture<List<FieldInfo>> page(Entity entity, String next, List<FieldInfo> acc) {
    ApiRequest.Builder b =
        ApiRequest.get(entity.fieldsEndpoint()).operation("describe").query("limit", 500);
    if (next != null) {
      b.query(entity.v2() ? "cursor" : "start", next);
    }
    return calls
        .execute(Costs.charged(b, Costs.list(entity.v2())))
        .thenCompose(
            r -> {
              Dtos.FieldsEnvelope env = r.json(Dtos.FieldsEnvelope.class);
              if (env.data() != null) {
                env.data().forEach(d -> acc.add(info(d)));
              }
              String following = Paging.next(env.additionalData());
              return following == null
                  ? CompletableFuture.completedFuture(acc)
                  : page(entity, following, acc);
            });
  }

  private static FieldInfo info(Dtos.FieldDto d) {
    String key = d.fieldCode() != null ? d.fieldCode() : d.key();
    String name = d.fieldName() != null ? d.fieldName() : d.name();
    boolean custom = d.customV2() != null ? d.customV2() : d.customV1() != null && d.customV1();
    Map<String, Long> options = new LinkedHashMap<>();
    if (d.options() != null) {
      d.options().forEach(o -> options.put(o.label(), o.id()));
    }
    boolean required = d.mandatory() != null && d.mandatory();
    return new FieldInfo(key, name == null ? key : name, d.fieldType(), custom, required, options);
  }
}
