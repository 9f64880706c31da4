package io.ikarus.connects.spi;

import io.ikarus.connects.CrmRecord;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A connector's single-record operations, the part {@link BaseCrmConnector} runs {@code create},
 * {@code get}, {@code update}, {@code delete} and {@code upsert} through. The base has checked the
 * arguments (non-blank object and id, non-null fields, a key value present) and runs each call as
 * an operation, so implementations may return failed futures or throw. Implementations must be
 * thread-safe.
 */
public interface RecordOperations {

  /** Creates one record; see {@link io.ikarus.connects.CrmConnector#create}. */
  CompletableFuture<CrmRecord> create(String object, Map<String, Object> fields);

  /** Reads one record; completes exceptionally with NotFoundException when absent. */
  CompletableFuture<CrmRecord> get(String object, String id);

  /** Updates one record; see {@link io.ikarus.connects.CrmConnector#update}. */
  CompletableFuture<CrmRecord> update(String object, String id, Map<String, Object> fields);

  /** Deletes one record. */
  CompletableFuture<Void> delete(String object, String id);

  /** Upserts one record by {@code keyField}, whose value in {@code fields} is not null. */
  CompletableFuture<CrmRecord> upsert(String object, String keyField, Map<String, Object> fields);

  /**
   * Updates one record only if it is still at {@code version} (null: unconditionally); a changed
   * record fails with {@link io.ikarus.connects.error.PreconditionFailedException}. Default: {@link
   * #update}, unconditional, for vendors without conditional updates (whose capabilities say so, so
   * it is never called for them).
   */
  default CompletableFuture<CrmRecord> updateIfUnchanged(
      String object, String id, Map<String, Object> fields, String version) {
    return update(object, id, fields);
  }
}
