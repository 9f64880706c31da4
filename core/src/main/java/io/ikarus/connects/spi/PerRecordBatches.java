package io.ikarus.connects.spi;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.internal.connector.PerRecord;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Batches for a vendor without batch endpoints: each chunk makes one {@link RecordOperations} call
 * per record, all at once (the connector's concurrency limit bounds the real number), and a failed
 * call fails only its own record. {@link BaseCrmConnector} uses it when {@link ConnectorParts} has
 * no batches, and for conditional batches when the batch part is not a {@link
 * ConditionalBatchOperations}; a batch part may also delegate the chunk kinds its vendor has no
 * endpoint for to one. Thread-safe when the records part is.
 */
public final class PerRecordBatches implements ConditionalBatchOperations {

  private final String connector;
  private final RecordOperations records;

  /**
   * Runs each record through {@code records}.
   *
   * @param connector the connector's name, for the context of the errors it reports
   */
  public PerRecordBatches(String connector, RecordOperations records) {
    this.connector = Objects.requireNonNull(connector, "connector");
    this.records = Objects.requireNonNull(records, "records");
  }

  @Override
  public CompletableFuture<List<RecordResult>> createChunk(
      String object, List<Map<String, Object>> chunk) {
    return PerRecord.run(
        chunk, context("createAll"), r -> records.create(object, r).thenApply(CrmRecord::id));
  }

  @Override
  public CompletableFuture<List<RecordResult>> updateChunk(String object, List<CrmRecord> chunk) {
    return PerRecord.run(
        chunk,
        context("updateAll"),
        r -> records.update(object, r.id(), r.fields()).thenApply(x -> r.id()));
  }

  @Override
  public CompletableFuture<List<RecordResult>> conditionalUpdateChunk(
      String object, List<CrmRecord> chunk) {
    return PerRecord.run(
        chunk,
        context("updateAll"),
        r ->
            records
                .updateIfUnchanged(object, r.id(), r.fields(), r.version())
                .thenApply(x -> r.id()));
  }

  @Override
  public CompletableFuture<List<RecordResult>> upsertChunk(
      String object, String keyField, List<Map<String, Object>> chunk) {
    return PerRecord.run(
        chunk,
        context("upsertAll"),
        r -> records.upsert(object, keyField, r).thenApply(CrmRecord::id));
  }

  @Override
  public CompletableFuture<List<RecordResult>> deleteChunk(String object, List<String> ids) {
    return PerRecord.run(
        ids, context("deleteAll"), id -> records.delete(object, id).thenApply(v -> id));
  }

  private ErrorContext context(String operation) {
    return ErrorContext.of(connector, operation);
  }
}
