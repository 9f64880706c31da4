package io.ikarus.connects.monday.internal;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.spi.BatchOperations;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * monday's batches: one request of aliased mutations per chunk, each record failing alone; upserts
 * look their keys up once per chunk. Conditional updates are not offered (the capabilities say so,
 * so the base never asks for them).
 */
public final class MondayBatches implements BatchOperations {

  private final ItemWriter writer;
  private final Upserter upserter;

  /** Writes through {@code writer} and upserts through {@code upserter}. */
  public MondayBatches(ItemWriter writer, Upserter upserter) {
    this.writer = writer;
    this.upserter = upserter;
  }

  @Override
  public CompletableFuture<List<RecordResult>> createChunk(
      String object, List<Map<String, Object>> records) {
    return writer.create(object, records);
  }

  @Override
  public CompletableFuture<List<RecordResult>> updateChunk(String object, List<CrmRecord> records) {
    return writer.update(object, records);
  }

  @Override
  public CompletableFuture<List<RecordResult>> upsertChunk(
      String object, String keyField, List<Map<String, Object>> records) {
    return upserter.upsertAll(object, keyField, records);
  }

  @Override
  public CompletableFuture<List<RecordResult>> deleteChunk(String object, List<String> ids) {
    return writer.delete(object, ids);
  }
}
