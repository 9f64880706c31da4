package io.ikarus.connects.spi;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.RecordResult;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A connector's batch endpoints, the optional part {@link BaseCrmConnector} writes batches through
 * one chunk at a time (without it, a batch makes one {@link RecordOperations} call per record).
 *
 * <p>Every method receives one chunk of at most {@link
 * io.ikarus.connects.Capabilities#maxBatchSize()} inputs that passed the base's checks (update ids,
 * upsert key values and delete ids are present) and returns one result per input in chunk order;
 * their {@code index} is reassigned by the caller. Per-record failures are results, not exceptions;
 * a failed future fails every record of the chunk. Implementations must be thread-safe.
 */
public interface BatchOperations {

  /** Creates one chunk of records. */
  CompletableFuture<List<RecordResult>> createChunk(
      String object, List<Map<String, Object>> records);

  /** Updates one chunk of records that all have ids. */
  CompletableFuture<List<RecordResult>> updateChunk(String object, List<CrmRecord> records);

  /** Upserts one chunk of records that all have a value for {@code keyField}. */
  CompletableFuture<List<RecordResult>> upsertChunk(
      String object, String keyField, List<Map<String, Object>> records);

  /** Deletes one chunk of non-blank ids. */
  CompletableFuture<List<RecordResult>> deleteChunk(String object, List<String> ids);
}
