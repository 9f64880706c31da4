package io.ikarus.connects.dynamics.internal;

import io.ikarus.connects.ObjectSchema;
import io.ikarus.connects.dynamics.internal.dto.Attributes;
import io.ikarus.connects.dynamics.internal.dto.DisplayName;
import io.ikarus.connects.dynamics.internal.dto.Keys;
import io.ikarus.connects.dynamics.internal.dto.Picklists;
import io.ikarus.connects.dynamics.internal.dto.TableLabel;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.SchemaOperations;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code describe}: the table's display name, its attributes (on the base AttributeMetadata type),
 * its alternate keys and its picklist options, in four {@code EntityDefinitions} requests, read
 * once per table per connector (a failed read is not kept). Thread-safe.
 */
public final class MetadataReader implements SchemaOperations {

  private final ApiCalls calls;
  private final EntityCatalog catalog;
  private final Map<String, CompletableFuture<ObjectSchema>> cache = new ConcurrentHashMap<>();

  /** A reader calling through {@code calls} for the tables {@code catalog} knows. */
  public MetadataReader(ApiCalls calls, EntityCatalog catalog) {
    this.calls = calls;
    this.catalog = catalog;
  }

  @Override
  public CompletableFuture<ObjectSchema> describe(String entitySet) {
    return catalog.with(entitySet, this::describe);
  }

  /** The table's schema, from the cache after the first read. */
  private CompletableFuture<ObjectSchema> describe(EntityInfo info) {
    CompletableFuture<ObjectSchema> f = cache.computeIfAbsent(info.logicalName(), n -> read(info));
    f.whenComplete(
        (schema, error) -> {
          if (error != null) {
            cache.remove(info.logicalName(), f);
          }
        });
    return f;
  }

  private CompletableFuture<ObjectSchema> read(EntityInfo info) {
    String root =
        "EntityDefinitions(LogicalName=" + ODataLiterals.literal(info.logicalName()) + ")";
    CompletableFuture<TableLabel> table =
        get(root, Map.of("$select", "DisplayName"), TableLabel.class);
    CompletableFuture<Attributes> attributes =
        get(
            root + "/Attributes",
            Map.of("$select", SchemaMapper.ATTRIBUTE_SELECT),
            Attributes.class);
    CompletableFuture<Keys> keys =
        get(root + "/Keys", Map.of("$select", "KeyAttributes"), Keys.class);
    CompletableFuture<Picklists> picklists =
        get(
            root + "/Attributes/Microsoft.Dynamics.CRM.PicklistAttributeMetadata",
            Map.of("$select", "LogicalName", "$expand", "OptionSet($select=Options)"),
            Picklists.class);
    return CompletableFuture.allOf(table, attributes, keys, picklists)
        .thenApply(
            v -> {
              Set<String> keyColumns = new HashSet<>();
              keys.join().value().forEach(k -> keyColumns.addAll(k.columns()));
              Map<String, List<String>> options = new LinkedHashMap<>();
              picklists
                  .join()
                  .value()
                  .forEach(p -> options.put(String.valueOf(p.logicalName()), p.values()));
              String label = DisplayName.text(table.join().displayName(), info.logicalName());
              return SchemaMapper.schema(
                  info, attributes.join().value(), keyColumns, options, label);
            });
  }

  private <T> CompletableFuture<T> get(String path, Map<String, String> query, Class<T> type) {
    ApiRequest.Builder b = ApiRequest.get(path).operation("describe");
    query.forEach(b::query);
    return calls.execute(b.build()).thenApply(r -> r.json(type));
  }
}
