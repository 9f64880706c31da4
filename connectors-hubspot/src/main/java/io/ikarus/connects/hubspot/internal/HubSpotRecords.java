package io.ikarus.connects.hubspot.internal;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.RecordOperations;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Single records through {@code /crm/v3/objects/{type}}: every property on reads (their names read
 * once, {@link PropertyNames}), upserts as a one-input {@code batch/upsert}, and consistent reads
 * by id through {@code batch/read} ({@link RecordReads}).
 */
public final class HubSpotRecords implements RecordOperations {

  private final ApiCalls calls;
  private final PropertyNames names;
  private final BatchCalls batches;
  private final RecordReads reads;

  /** Records read and written through {@code calls}. */
  public HubSpotRecords(ApiCalls calls, PropertyNames names, BatchCalls batches) {
    this.calls = calls;
    this.names = names;
    this.batches = batches;
    this.reads = new RecordReads(calls, names);
  }

  @Override
  public CompletableFuture<CrmRecord> create(String object, Map<String, Object> fields) {
    ApiRequest request =
        ApiRequest.post(ObjectPaths.objects(object))
            .json(Map.of("properties", WireValues.properties(fields)))
            .operation("create")
            .build();
    return calls.execute(request).thenApply(r -> Records.record(object, r));
  }

  @Override
  public CompletableFuture<CrmRecord> get(String object, String id) {
    return names.of(object).thenCompose(properties -> get(object, id, properties));
  }

  /** Reads a record with {@code properties} (HubSpot's defaults for the object when empty). */
  public CompletableFuture<CrmRecord> get(String object, String id, List<String> properties) {
    ApiRequest.Builder request = ApiRequest.get(ObjectPaths.record(object, id)).operation("get");
    if (!properties.isEmpty()) {
      properties.forEach(HubSpotNames::property);
      request.query("properties", String.join(",", properties));
    }
    return calls.execute(request.build()).thenApply(r -> Records.record(object, r));
  }

  /** The live records of distinct {@code ids}, by id, read consistently by {@code batch/read}. */
  @Override
  public CompletableFuture<Map<String, CrmRecord>> getAll(String object, List<String> ids) {
    return reads.read(object, ids);
  }

  @Override
  public CompletableFuture<CrmRecord> update(String object, String id, Map<String, Object> fields) {
    ApiRequest request =
        ApiRequest.patch(ObjectPaths.record(object, id))
            .json(Map.of("properties", WireValues.properties(fields)))
            .operation("update")
            .build();
    return calls.execute(request).thenApply(r -> Records.record(object, r));
  }

  @Override
  public CompletableFuture<Void> delete(String object, String id) {
    return calls
        .execute(ApiRequest.delete(ObjectPaths.record(object, id)).operation("delete").build())
        .thenApply(r -> null);
  }

  @Override
  public CompletableFuture<CrmRecord> upsert(
      String object, String keyField, Map<String, Object> fields) {
    return batches
        .upsertChunk(object, keyField, List.of(fields))
        .thenApply(
            results -> {
              RecordResult r = results.get(0);
              if (r.error() != null) {
                throw r.error();
              }
              return CrmRecord.of(object, r.id(), fields);
            });
  }
}
