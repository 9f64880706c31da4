package io.ikarus.connects.hubspot.internal;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ApiRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Reads records by id with {@code POST /crm/v3/objects/{type}/batch/read}, 100 ids a call, all
 * chunks at once. Batch read reads the records themselves, not the search index, so it sees every
 * write made before it. Ids HubSpot does not know come back in {@code errors} ({@code
 * OBJECT_NOT_FOUND}, status 207) and are left out.
 */
public final class RecordReads {

  /** The most ids one batch read takes. */
  static final int MAX_IDS = 100;

  private final ApiCalls calls;
  private final PropertyNames names;

  /** Reads through {@code calls} every property {@code names} knows of the object. */
  public RecordReads(ApiCalls calls, PropertyNames names) {
    this.calls = calls;
    this.names = names;
  }

  /**
   * The live records of {@code ids}, by id, with every property (as {@code get} and {@code
   * changesSince} read them, so a property left out is never taken for one cleared).
   */
  public CompletableFuture<Map<String, CrmRecord>> read(String object, List<String> ids) {
    return names.of(object).thenCompose(properties -> read(object, ids, properties));
  }

  private CompletableFuture<Map<String, CrmRecord>> read(
      String object, List<String> ids, List<String> properties) {
    properties.forEach(HubSpotNames::property);
    List<CompletableFuture<List<CrmRecord>>> chunks = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += MAX_IDS) {
      chunks.add(
          chunk(object, ids.subList(from, Math.min(ids.size(), from + MAX_IDS)), properties));
    }
    return CompletableFuture.allOf(chunks.toArray(CompletableFuture[]::new))
        .thenApply(
            v -> {
              Map<String, CrmRecord> found = new LinkedHashMap<>();
              chunks.forEach(c -> c.join().forEach(r -> found.put(r.id(), r)));
              return found;
            });
  }

  private CompletableFuture<List<CrmRecord>> chunk(
      String object, List<String> ids, List<String> properties) {
    List<Map<String, Object>> inputs = new ArrayList<>();
    ids.forEach(id -> inputs.add(Map.of("id", HubSpotNames.recordId(id))));
    ApiRequest request =
        ApiRequest.post(ObjectPaths.batch(object, "read"))
            .json(Map.of("properties", properties, "inputs", inputs))
            .operation("getAll")
            .idempotent(true)
            .build();
    return calls.execute(request).thenApply(r -> Records.results(object, Records.page(r)));
  }
}
