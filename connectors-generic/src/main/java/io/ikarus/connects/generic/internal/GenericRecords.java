package io.ikarus.connects.generic.internal;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.spi.RecordOperations;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The generic connectors' single-record operations: the object's configured templates; an upsert
 * without an upsert template finds the key with a filter, then creates or updates.
 */
final class GenericRecords implements RecordOperations {

  private final Services services;

  GenericRecords(Services services) {
    this.services = services;
  }

  @Override
  public CompletableFuture<CrmRecord> create(String object, Map<String, Object> fields) {
    return services.crud().create(object, fields);
  }

  @Override
  public CompletableFuture<CrmRecord> get(String object, String id) {
    return services.crud().get(object, id);
  }

  @Override
  public CompletableFuture<CrmRecord> update(String object, String id, Map<String, Object> fields) {
    return services.crud().update(object, id, fields);
  }

  @Override
  public CompletableFuture<Void> delete(String object, String id) {
    return services.crud().delete(object, id);
  }

  @Override
  public CompletableFuture<CrmRecord> upsert(
      String object, String keyField, Map<String, Object> fields) {
    if (services.crud().hasUpsert(object)) {
      return services.crud().upsert(object, keyField, fields);
    }
    return services
        .findByKey(object, keyField, fields.get(keyField))
        .thenCompose(
            found ->
                found == null
                    ? services.crud().create(object, fields)
                    : services.crud().update(object, found.id(), fields));
  }
}
