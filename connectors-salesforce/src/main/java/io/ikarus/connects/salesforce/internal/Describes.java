package io.ikarus.connects.salesforce.internal;

import io.ikarus.connects.ObjectSchema;
import io.ikarus.connects.Query;
import io.ikarus.connects.salesforce.internal.dto.DescribeResult;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.SchemaOperations;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Object describes ({@code GET sobjects/Obj/describe}), cached per object for the connector's life:
 * a query that names no fields selects every field of the object, as SOQL has no {@code SELECT *}.
 * A failed describe is not cached.
 */
public final class Describes implements SchemaOperations {

  private final ApiCalls calls;
  private final Map<String, CompletableFuture<DescribeResult>> cache = new ConcurrentHashMap<>();

  /** Sends through {@code calls}. */
  public Describes(ApiCalls calls) {
    this.calls = calls;
  }

  /** The schema of {@code object}. */
  @Override
  public CompletableFuture<ObjectSchema> describe(String object) {
    return load(object).thenApply(SchemaMapper::toSchema);
  }

  /** The names of every field of {@code object}. */
  public CompletableFuture<List<String>> fieldNames(String object) {
    return load(object)
        .thenApply(d -> d.fields().stream().map(DescribeResult.Field::name).toList());
  }

  /** The fields to select for {@code query} when it names none: all; else nothing is fetched. */
  public CompletableFuture<List<String>> defaultFields(Query query) {
    if (!query.fields().isEmpty()) {
      return CompletableFuture.completedFuture(List.of());
    }
    return fieldNames(query.object());
  }

  private CompletableFuture<DescribeResult> load(String object) {
    String name = Identifiers.object(object, "describe");
    CompletableFuture<DescribeResult> cached = cache.get(name);
    if (cached != null && !cached.isCompletedExceptionally()) {
      return cached;
    }
    ApiRequest request =
        ApiRequest.get("sobjects/" + name + "/describe").operation("describe").build();
    CompletableFuture<DescribeResult> fresh =
        calls.execute(request).thenApply(r -> r.json(DescribeResult.class));
    cache.put(name, fresh);
    fresh.whenComplete(
        (d, e) -> {
          if (e != null) {
            cache.remove(name, fresh);
          }
        });
    return fresh;
  }
}
