package io.ikarus.connects;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * One CRM account, reached through one portable, asynchronous API.
 *
 * <p>Every I/O method returns at once; its future completes exceptionally with a {@link
 * io.ikarus.connects.error.CrmException} subtype (never wrapped) when the operation fails. Batch
 * methods accept any number of records, split them into the vendor's largest allowed batch and
 * never fail as a whole for per-record errors: each input gets a {@link RecordResult} in input
 * order.
 *
 * <p>Implementations are thread-safe; build one per account and share it. Close it to release its
 * connection pool (a caller-supplied HTTP client is never closed).
 *
 * <pre>{@code
 * try (CrmConnector crm = SalesforceConnector.builder().auth(auth).build()) {
 *   CrmRecord lead = crm.create("Lead", Map.of("LastName", "Lovelace")).join();
 * }
 * }</pre>
 */
public interface CrmConnector extends AutoCloseable {

  /**
   * The connector's type name, as used in configuration: {@code "salesforce"}, {@code "hubspot"}.
   */
  String name();

  /** What this connector supports and its vendor limits. */
  Capabilities capabilities();

  /**
   * Obtains credentials now instead of on the first request. Optional: authentication is lazy.
   *
   * @return a future that completes exceptionally with {@link
   *     io.ikarus.connects.error.AuthenticationException} when the credentials are refused
   */
  CompletableFuture<Void> authenticate();

  /** Creates a record and returns it with its new id. */
  CompletableFuture<CrmRecord> create(String object, Map<String, Object> fields);

  /**
   * Reads one record.
   *
   * @return a future that completes exceptionally with {@link
   *     io.ikarus.connects.error.NotFoundException} when no such record exists
   */
  CompletableFuture<CrmRecord> get(String object, String id);

  /**
   * Reads any number of records by id, in the fewest calls the vendor allows, each as it is now (a
   * consistent read, never from a lagging search index).
   *
   * @return a future completing with the records found, by id; an id with no live record is absent.
   *     It completes exceptionally when a read fails for another reason.
   */
  CompletableFuture<Map<String, CrmRecord>> getAll(String object, List<String> ids);

  /** Updates the given fields of a record; other fields keep their values. */
  CompletableFuture<CrmRecord> update(String object, String id, Map<String, Object> fields);

  /** Deletes (or archives, where that is the vendor's delete) a record. */
  CompletableFuture<Void> delete(String object, String id);

  /**
   * Creates or updates the record whose {@code keyField} equals the value of that field in {@code
   * fields}. Safe to repeat: replaying an upsert never creates a duplicate.
   */
  CompletableFuture<CrmRecord> upsert(String object, String keyField, Map<String, Object> fields);

  /** Creates any number of records in the fewest calls the vendor allows. */
  CompletableFuture<BatchResult> createAll(String object, List<Map<String, Object>> records);

  /** Updates any number of records; each record's {@link CrmRecord#id()} says which. */
  CompletableFuture<BatchResult> updateAll(String object, List<CrmRecord> records);

  /**
   * Updates any number of records, each only if it is still at the version it was read with ({@link
   * CrmRecord#version()}): a record changed since fails alone with {@link
   * io.ikarus.connects.error.PreconditionFailedException} and is not written. A record without a
   * version is updated unconditionally. Supported where {@link Capabilities#conditionalUpdates()}
   * says so; the default completes exceptionally with {@link UnsupportedOperationException}.
   */
  default CompletableFuture<BatchResult> updateAllIfUnchanged(
      String object, List<CrmRecord> records) {
    return CompletableFuture.failedFuture(
        new UnsupportedOperationException(name() + " has no conditional updates"));
  }

  /** Upserts any number of records by {@code keyField}. */
  CompletableFuture<BatchResult> upsertAll(
      String object, String keyField, List<Map<String, Object>> records);

  /** Deletes any number of records by id. */
  CompletableFuture<BatchResult> deleteAll(String object, List<String> ids);

  /** Fetches the first page of a query; {@link Page#next()} fetches the following ones. */
  CompletableFuture<Page> query(Query query);

  /**
   * Streams every record of a query. Pages are fetched only as the subscriber requests records, so
   * memory stays bounded by about one page whatever the result size.
   */
  Flow.Publisher<CrmRecord> stream(Query query);

  /**
   * Feeds every record of a query to {@code action}, in result order, one page in memory at a time.
   * Cancelling the returned future stops the stream.
   *
   * <pre>{@code
   * crm.forEach(Query.of("Contact"), contact -> export(contact)).join();
   * }</pre>
   *
   * @return a future that completes when every record was consumed, or exceptionally with the
   *     query's error or the exception {@code action} threw (which stops the stream)
   */
  default CompletableFuture<Void> forEach(
      Query query, java.util.function.Consumer<? super CrmRecord> action) {
    java.util.Objects.requireNonNull(action, "action");
    io.ikarus.connects.internal.connector.ForEachSubscriber subscriber =
        new io.ikarus.connects.internal.connector.ForEachSubscriber(action);
    stream(query).subscribe(subscriber);
    return subscriber.future();
  }

  /**
   * Returns the records created, updated or deleted since {@code checkpoint}, with the checkpoint
   * to pass next time. Pass {@link Checkpoint#initial()} to start from the beginning. When {@link
   * Changes#hasMore()} is true, call again at once with the returned checkpoint.
   */
  CompletableFuture<Changes> changesSince(String object, Checkpoint checkpoint);

  /** Describes an object's fields. */
  CompletableFuture<ObjectSchema> describe(String object);

  /** Releases the connector's resources; in-flight calls are cancelled. */
  @Override
  void close();
}
