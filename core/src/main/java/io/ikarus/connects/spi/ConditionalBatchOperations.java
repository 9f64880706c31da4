package io.ikarus.connects.spi;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.RecordResult;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Batch endpoints that also update conditionally (Dataverse {@code If-Match} per record in a {@code
 * $batch}). A batch part that does not implement it leaves conditional batches to {@link
 * BaseCrmConnector}, which runs one {@link RecordOperations#updateIfUnchanged} per record, and only
 * when the capabilities declare conditional updates.
 */
public interface ConditionalBatchOperations extends BatchOperations {

  /**
   * Updates one chunk of records that all have ids, each only if still at its {@link
   * CrmRecord#version()} (unconditionally when null); a changed record's result is a {@link
   * io.ikarus.connects.error.PreconditionFailedException}.
   */
  CompletableFuture<List<RecordResult>> conditionalUpdateChunk(
      String object, List<CrmRecord> records);
}
