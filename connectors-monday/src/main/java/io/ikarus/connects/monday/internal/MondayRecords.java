package io.ikarus.connects.monday.internal;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.spi.RecordOperations;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * monday's single-item operations: reads with {@code items}, writes as mutation batches of one,
 * upserts through a key-column lookup. No conditional updates (monday has no item version).
 */
public final class MondayRecords implements RecordOperations {

  private final ItemReader reader;
  private final ItemWriter writer;
  private final Upserter upserter;

  /**
   * Reads through {@code reader}, writes through {@code writer}, upserts through {@code upserter}.
   */
  public MondayRecords(ItemReader reader, ItemWriter writer, Upserter upserter) {
    this.reader = reader;
    this.writer = writer;
    this.upserter = upserter;
  }

  @Override
  public CompletableFuture<CrmRecord> create(String object, Map<String, Object> fields) {
    return writer.createOne(object, fields);
  }

  @Override
  public CompletableFuture<CrmRecord> get(String object, String id) {
    return reader.get(object, id);
  }

  @Override
  public CompletableFuture<CrmRecord> update(String object, String id, Map<String, Object> fields) {
    return writer.updateOne(object, id, fields);
  }

  @Override
  public CompletableFuture<Void> delete(String object, String id) {
    return writer.deleteOne(object, id);
  }

  @Override
  public CompletableFuture<CrmRecord> upsert(
      String object, String keyField, Map<String, Object> fields) {
    return upserter.upsert(object, keyField, fields);
  }
}
