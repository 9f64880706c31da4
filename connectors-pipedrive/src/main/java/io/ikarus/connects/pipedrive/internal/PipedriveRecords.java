package io.ikarus.connects.pipedrive.internal;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.spi.RecordOperations;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Pipedrive's single-record operations: one call each through {@link RecordCalls}, and upserts as a
 * search then a write through {@link Upserter} (two calls, not atomic). Batches run these one
 * record at a time: Pipedrive has no bulk write.
 */
public final class PipedriveRecords implements RecordOperations {

  private final RecordCalls calls;
  private final Upserter upserter;

  /** Writes and reads through {@code calls}, upserts through {@code upserter}. */
  public PipedriveRecords(RecordCalls calls, Upserter upserter) {
    this.calls = calls;
    this.upserter = upserter;
  }

  @Override
  public CompletableFuture<CrmRecord> create(String object, Map<String, Object> fields) {
    return calls.create(object, fields);
  }

  @Override
  public CompletableFuture<CrmRecord> get(String object, String id) {
    return calls.get(object, id);
  }

  @Override
  public CompletableFuture<CrmRecord> update(String object, String id, Map<String, Object> fields) {
    return calls.update(object, id, fields);
  }

  @Override
  public CompletableFuture<Void> delete(String object, String id) {
    return calls.delete(object, id);
  }

  @Override
  public CompletableFuture<CrmRecord> upsert(
      String object, String keyField, Map<String, Object> fields) {
    return upserter.upsert(object, keyField, fields);
  }
}
