package io.ikarus.connects.dynamics.internal;

import io.ikarus.connects.ObjectSchema;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.ApiResponse;
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
public final class MetadataReader {

  private final ApiCalls calls;
  private final Map<String, CompletableFuture<ObjectSchema>> cache = new ConcurrentHashMap<>();

  /** A reader calling through {@code calls}. */
  public MetadataReader(ApiCalls calls) {
    this.calls = calls;
  }

  /** The table's schema, from the cache after the first read. */
  public CompletableFuture<ObjectSchema> describe(EntityInfo info) {
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
    CompletableFuture<ApiResponse> table = get(root, Map.of("$select", "DisplayName"));
    CompletableFuture<ApiResponse> attributes =
        get(root + "/Attributes", Map.of("$select", SchemaMapper.ATTRIBUTE_SELECT));
    CompletableFuture<ApiResponse> keys = get(root + "/Keys", Map.of("$select", "KeyAttributes"));
    CompletableFuture<ApiResponse> picklists =
        get(
            root + "/Attributes/Microsoft.Dynamics.CRM.PicklistAttributeMetadata",
            Map.of("$select", "LogicalName", "$expand", "OptionSet($select=Options)"));
    return CompletableFuture.allOf(table, attributes, keys, picklists)
        .thenApply(
            v -> {
              Set<String> keyColumns = new HashSet<>();
              for (Map<String, Object> k : rows(keys.join())) {
                ((List<?>) k.getOrDefault("KeyAttributes", List.of()))
                    .forEach(c -> keyColumns.add(c.toString()));
              }
              Map<String, List<String>> options = new LinkedHashMap<>();
              for (Map<String, Object> p : rows(picklists.join())) {
                options.put(
                    String.valueOf(p.get("LogicalName")),
                    SchemaMapper.optionValues(p.get("OptionSet")));
              }
              String label =
                  SchemaMapper.label(
                      table.join().jsonObject().get("DisplayName"), info.logicalName());
              return SchemaMapper.schema(info, rows(attributes.join()), keyColumns, options, label);
            });
  }

  private CompletableFuture<ApiResponse> get(String path, Map<String, String> query) {
    ApiRequest.Builder b = ApiRequest.get(path).operation("describe");
    query.forEach(b::query);
    return calls.execute(b.build());
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> rows(ApiResponse r) {
    return (List<Map<String, Object>>) r.jsonObject().getOrDefault("value", List.of());
  }
}
