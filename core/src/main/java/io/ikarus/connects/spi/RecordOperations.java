package io.ikarus.connects.spi;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.internal.connector.PerIdReads;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A connector's single-record operations, the part {@link BaseCrmConnector} runs {@code create},
 * {@code get}, {@code update}, {@code delete} and {@code upsert} through. The base has checked the
 * arguments (non-blank object and id, non-null fields, a key value present) and runs each call as
 * an operation, so implementations may return failed futures or throw. Implementations must be
 * thread-safe.
 *
 * <pre>{@code
 * final class AcmeRows implements RecordOperations {
 *   private final ApiCalls calls;
 *
 *   public CompletableFuture<CrmRecord> get(String object, String id) {
 *     return calls.execute(ApiRequest.get(Urls.segment(object) + "/" + Urls.segment(id)).build())
 *         .thenApply(r -> AcmeJson.record(object, r));
 *   }
 *   // create, update, delete, upsert alike
 * }
 * }</pre>
 */
public interface RecordOperations {

  /** Creates one record; see {@link io.ikarus.connects.CrmConnector#create}. */
  CompletableFuture<CrmRecord> create(String object, Map<String, Object> fields);

  /** Reads one record; completes exceptionally with NotFoundException when absent. */
  CompletableFuture<CrmRecord> get(String object, String id);

  /**
   * Reads distinct, non-blank ids: the records found, by id, in {@code ids} order; an id without a
   * live record is absent. Must be consistent with writes (never served from a lagging search
   * index). Default: one {@link #get} per id, all at once (the rate limiter paces them); override
   * with the vendor's batch read.
   */
  default CompletableFuture<Map<String, CrmRecord>> getAll(String object, List<String> ids) {
    return PerIdReads.run(ids, id -> get(object, id));
  }

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
