package io.ikarus.connects.generic.internal;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.spi.BatchOperations;
import io.ikarus.connects.spi.PerRecordBatches;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The generic connectors' batches: the object's configured batch endpoint for the operation, else
 * one record call per record ({@link PerRecordBatches}).
 */
final class GenericBatches implements BatchOperations {

  private final Services services;
  private final PerRecordBatches perRecord;

  GenericBatches(Services services, PerRecordBatches perRecord) {
    this.services = services;
    this.perRecord = perRecord;
  }

  @Override
  public CompletableFuture<List<RecordResult>> createChunk(
      String object, List<Map<String, Object>> records) {
    if (services.batchOp(object, "create") == null) {
      return perRecord.createChunk(object, records);
    }
    return services.batch(
        object, "create", records.stream().map(r -> services.item(object, null, r)).toList());
  }

  @Override
  public CompletableFuture<List<RecordResult>> updateChunk(String object, List<CrmRecord> records) {
    if (services.batchOp(object, "update") == null) {
      return perRecord.updateChunk(object, records);
    }
    return services.batch(
        object,
        "update",
        records.stream().map(r -> services.item(object, r.id(), r.fields())).toList());
  }

  @Override
  public CompletableFuture<List<RecordResult>> upsertChunk(
      String object, String keyField, List<Map<String, Object>> records) {
    if (services.batchOp(object, "upsert") == null) {
      return perRecord.upsertChunk(object, keyField, records);
    }
    String key = services.vendorName(object, keyField);
    return services.batch(
        object,
        "upsert",
        records.stream()
            .map(
                r ->
                    services
                        .item(object, null, r)
                        .with("key", key)
                        .with("keyValue", r.get(keyField)))
            .toList());
  }

  @Override
  public CompletableFuture<List<RecordResult>> deleteChunk(String object, List<String> ids) {
    if (services.batchOp(object, "delete") == null) {
      return perRecord.deleteChunk(object, ids);
    }
    return services.batch(
        object, "delete", ids.stream().map(id -> services.item(object, id, null)).toList());
  }
}
