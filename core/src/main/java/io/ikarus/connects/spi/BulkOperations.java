package io.ikarus.connects.spi;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.RecordResult;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A connector's bulk-job path (Salesforce Bulk API 2.0), the optional part {@link BaseCrmConnector}
 * hands a whole large batch to instead of splitting it into chunks for {@link BatchOperations}.
 *
 * <p>Each method receives every input of one batch call, none of them null (a batch holding a null
 * element stays on the chunked path, which fails that element alone), and returns one result per
 * input in input order. Per-record failures are results, not exceptions. Implementations must be
 * thread-safe.
 */
public interface BulkOperations {

  /** Whether a batch of {@code size} inputs runs as a bulk job rather than in chunks. */
  boolean takes(int size);

  /** Creates {@code records} in one job. */
  CompletableFuture<List<RecordResult>> createAll(String object, List<Map<String, Object>> records);

  /** Updates {@code records} by id in one job. */
  CompletableFuture<List<RecordResult>> updateAll(String object, List<CrmRecord> records);

  /** Upserts {@code records} by {@code keyField} in one job. */
  CompletableFuture<List<RecordResult>> upsertAll(
      String object, String keyField, List<Map<String, Object>> records);

  /** Deletes {@code ids} in one job. */
  CompletableFuture<List<RecordResult>> deleteAll(String object, List<String> ids);
}
