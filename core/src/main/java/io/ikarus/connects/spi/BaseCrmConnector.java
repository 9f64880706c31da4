package io.ikarus.connects.spi;

import io.ikarus.connects.BatchResult;
import io.ikarus.connects.Capabilities;
import io.ikarus.connects.Changes;
import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.ObjectSchema;
import io.ikarus.connects.Page;
import io.ikarus.connects.Query;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.auth.AccessToken;
import io.ikarus.connects.auth.AuthProvider;
import io.ikarus.connects.error.ConnectionException;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.internal.connector.BatchRunner;
import io.ikarus.connects.internal.connector.Endpoints;
import io.ikarus.connects.internal.connector.Operations;
import io.ikarus.connects.internal.connector.PagePublisher;
import io.ikarus.connects.internal.http.EngineConfig;
import io.ikarus.connects.internal.http.EngineHooks;
import io.ikarus.connects.internal.http.OkHttpCopies;
import io.ikarus.connects.internal.http.RequestEngine;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The base of every connector: implements the public {@link CrmConnector} operations once (argument
 * checks, unwrapped errors, cancellation, batch splitting, streaming) and runs every vendor call
 * through one engine (rate limits, bulkhead, retries with backoff and {@code Retry-After}, auth
 * with a shared refresh and one replay on 401, redacted logging, listener events, error mapping).
 *
 * <p>A vendor module hands the base its {@link ConnectorParts} (records, queries, change feed,
 * schema and, where its API has batch endpoints, batches; without them a batch falls back to one
 * call per record; its capabilities; its error mapping, rate-limit reports, base URL rule and
 * default headers), built from the {@link ApiCalls} the base gives it. {@link #onClose()} releases
 * the subclass's own resources. A connector runs each vendor-only public method through {@link
 * #operation}.
 *
 * <p>Parts and hooks may return failed futures or throw; either way the caller's future completes
 * exceptionally with the unwrapped exception. Subclasses must be thread-safe. The HTTP engine is
 * created on the first call, so a connector without HTTP (an in-memory one) costs nothing.
 *
 * <pre>{@code
 * public final class AcmeConnector extends BaseCrmConnector {
 *   AcmeConnector(AuthProvider auth, ClientOptions options) {
 *     super("acme", auth, options, VendorDefaults.builder()
 *         .baseUrl(URI.create("https://api.acme.example/v1")).build(),
 *         calls -> ConnectorParts.builder()
 *             .records(new AcmeRows(calls))
 *             .queries(new AcmeQueries(calls))
 *             .changes(new AcmeChanges(calls))
 *             .schema(new AcmeSchemas(calls))
 *             .capabilities(AcmeLimits.CAPABILITIES)
 *             .build());
 *   }
 * }
 * }</pre>
 */
public abstract class BaseCrmConnector implements CrmConnector {

  private final String name;
  private final AuthProvider auth;
  private final ClientOptions options;
  private final URI baseUrl;
  private final EngineConfig engineConfig;
  private final Operations operations;
  private final ApiCalls calls = this::execute;
  private final ConnectorParts parts;
  private final BatchOperations batches;
  private final ConditionalBatchOperations conditionalBatches;
  private final Object lock = new Object();
  private volatile RequestEngine engine;
  private volatile boolean closed;

  /**
   * Creates the connector; does no I/O.
   *
   * @param name the connector's type name, such as {@code "hubspot"}
   * @param auth the credentials, or null for a connector that needs none
   * @param options the caller's transport options ({@link ClientOptions#defaults()} when null)
   * @param defaults the vendor's URLs and limits
   * @param parts builds the connector's parts from the calls they make the vendor's requests with;
   *     applied once, here, so it must not reach the connector under construction
   * @throws IllegalStateException when the class path holds two OkHttp copies or an OkHttp older
   *     than 5 (the message names the jars and the fix)
   */
  protected BaseCrmConnector(
      String name,
      AuthProvider auth,
      ClientOptions options,
      VendorDefaults defaults,
      Function<ApiCalls, ConnectorParts> parts) {
    this.name = Objects.requireNonNull(name, "name");
    this.auth = auth;
    this.options = options == null ? ClientOptions.defaults() : options;
    Objects.requireNonNull(defaults, "defaults");
    // The caller's options and the vendor defaults are merged here, once.
    this.baseUrl = this.options.baseUrl().orElse(defaults.baseUrl());
    this.engineConfig = engineConfig(defaults);
    this.operations = new Operations(name, this.options.listener());
    OkHttpCopies.check();
    ConnectorParts p =
        Objects.requireNonNull(Objects.requireNonNull(parts, "parts").apply(calls), "parts");
    this.parts = p;
    this.batches = p.batches().orElseGet(() -> new PerRecordBatches(name, p.records()));
    this.conditionalBatches =
        batches instanceof ConditionalBatchOperations c
            ? c
            : new PerRecordBatches(name, p.records());
  }

  @Override
  public final String name() {
    return name;
  }

  /** What the connector offers, from its {@link ConnectorParts#capabilities()}. */
  @Override
  public final Capabilities capabilities() {
    return parts.capabilities();
  }

  @Override
  public final CompletableFuture<Void> authenticate() {
    return operation("authenticate", () -> engine().token().thenApply(token -> null));
  }

  @Override
  public final CompletableFuture<CrmRecord> create(String object, Map<String, Object> fields) {
    requireObject(object);
    Objects.requireNonNull(fields, "fields");
    return operation("create", () -> parts.records().create(object, fields));
  }

  @Override
  public final CompletableFuture<CrmRecord> get(String object, String id) {
    requireObject(object);
    requireId(id);
    return operation("get", () -> parts.records().get(object, id));
  }

  /**
   * Reads the distinct ids through the records part's {@link RecordOperations#getAll}; a blank id
   * fails the whole read.
   */
  @Override
  public final CompletableFuture<Map<String, CrmRecord>> getAll(String object, List<String> ids) {
    requireObject(object);
    Objects.requireNonNull(ids, "ids").forEach(BaseCrmConnector::requireId);
    List<String> distinct = ids.stream().distinct().toList();
    return operation("getAll", () -> parts.records().getAll(object, distinct));
  }

  @Override
  public final CompletableFuture<CrmRecord> update(
      String object, String id, Map<String, Object> fields) {
    requireObject(object);
    requireId(id);
    Objects.requireNonNull(fields, "fields");
    return operation("update", () -> parts.records().update(object, id, fields));
  }

  @Override
  public final CompletableFuture<Void> delete(String object, String id) {
    requireObject(object);
    requireId(id);
    return operation("delete", () -> parts.records().delete(object, id));
  }

  @Override
  public final CompletableFuture<CrmRecord> upsert(
      String object, String keyField, Map<String, Object> fields) {
    requireObject(object);
    requireKey(keyField, fields);
    return operation("upsert", () -> parts.records().upsert(object, keyField, fields));
  }

  /**
   * Creates records in chunks of {@link io.ikarus.connects.Capabilities#maxBatchSize()} through the
   * batches part's {@link BatchOperations#createChunk}, or in one job of the bulk part when it
   * {@link BulkOperations#takes} the batch.
   */
  @Override
  public final CompletableFuture<BatchResult> createAll(
      String object, List<Map<String, Object>> records) {
    requireObject(object);
    BulkOperations bulk = bulkFor(records);
    if (bulk != null) {
      return bulkOperation("createAll", records, () -> bulk.createAll(object, records));
    }
    return batch("createAll", records, r -> null, chunk -> batches.createChunk(object, chunk));
  }

  /**
   * Updates records in chunks through {@link BatchOperations#updateChunk} (or a bulk job, as {@link
   * #createAll}); a record without id fails alone.
   */
  @Override
  public final CompletableFuture<BatchResult> updateAll(String object, List<CrmRecord> records) {
    requireObject(object);
    BulkOperations bulk = bulkFor(records);
    if (bulk != null) {
      return bulkOperation("updateAll", records, () -> bulk.updateAll(object, records));
    }
    return batch(
        "updateAll",
        records,
        r -> r.id() == null ? invalid("updateAll", "a record to update needs an id") : null,
        chunk -> batches.updateChunk(object, chunk));
  }

  /**
   * Updates records, each only if still at its {@link CrmRecord#version()}, in chunks through
   * {@link ConditionalBatchOperations#conditionalUpdateChunk} (a batch part without it: one {@link
   * RecordOperations#updateIfUnchanged} per record); a record without id fails alone. Fails with
   * {@link UnsupportedOperationException} unless {@link
   * io.ikarus.connects.Capabilities#conditionalUpdates()}.
   */
  @Override
  public final CompletableFuture<BatchResult> updateAllIfUnchanged(
      String object, List<CrmRecord> records) {
    requireObject(object);
    if (!capabilities().conditionalUpdates()) {
      return CompletableFuture.failedFuture(
          new UnsupportedOperationException(name() + " has no conditional updates"));
    }
    return batch(
        "updateAll",
        records,
        r -> r.id() == null ? invalid("updateAll", "a record to update needs an id") : null,
        chunk -> conditionalBatches.conditionalUpdateChunk(object, chunk));
  }

  /**
   * Upserts in chunks through {@link BatchOperations#upsertChunk} (or a bulk job, as {@link
   * #createAll}); a record without a key value fails alone.
   */
  @Override
  public final CompletableFuture<BatchResult> upsertAll(
      String object, String keyField, List<Map<String, Object>> records) {
    requireObject(object);
    requireField(keyField);
    BulkOperations bulk = bulkFor(records);
    if (bulk != null) {
      return bulkOperation("upsertAll", records, () -> bulk.upsertAll(object, keyField, records));
    }
    return batch(
        "upsertAll",
        records,
        r -> r.get(keyField) == null ? invalid("upsertAll", "no value for " + keyField) : null,
        chunk -> batches.upsertChunk(object, keyField, chunk));
  }

  /**
   * Deletes in chunks through {@link BatchOperations#deleteChunk} (or a bulk job, as {@link
   * #createAll}); a blank id fails alone.
   */
  @Override
  public final CompletableFuture<BatchResult> deleteAll(String object, List<String> ids) {
    requireObject(object);
    BulkOperations bulk = bulkFor(ids);
    if (bulk != null) {
      return bulkOperation("deleteAll", ids, () -> bulk.deleteAll(object, ids));
    }
    return batch(
        "deleteAll",
        ids,
        id -> id == null || id.isBlank() ? invalid("deleteAll", "blank id") : null,
        chunk -> batches.deleteChunk(object, chunk));
  }

  @Override
  public final CompletableFuture<Page> query(Query query) {
    Objects.requireNonNull(query, "query");
    return operation("query", () -> parts.queries().query(query));
  }

  /**
   * Streams every record of {@code query}: a page is fetched only when the subscriber has requested
   * more records than are buffered, so memory holds at most one page; cancelling stops fetching; a
   * failed page fetch ends the stream with {@code onError}.
   */
  @Override
  public final Flow.Publisher<CrmRecord> stream(Query query) {
    Objects.requireNonNull(query, "query");
    return new PagePublisher(() -> query(query));
  }

  @Override
  public final CompletableFuture<Changes> changesSince(String object, Checkpoint checkpoint) {
    requireObject(object);
    Objects.requireNonNull(checkpoint, "checkpoint");
    return operation("changesSince", () -> parts.changes().changesSince(object, checkpoint));
  }

  @Override
  public final CompletableFuture<ObjectSchema> describe(String object) {
    requireObject(object);
    return operation("describe", () -> parts.schema().describe(object));
  }

  /**
   * Cancels calls in flight, releases an owned HTTP client's threads and connections (a
   * caller-supplied client is left open), then runs {@link #onClose()}. Idempotent.
   */
  @Override
  public final void close() {
    RequestEngine e;
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      e = engine;
    }
    if (e != null) {
      e.close();
    }
    onClose();
  }

  // ---- vendor hooks ---------------------------------------------------------------------------

  /** Releases the subclass's own resources after {@link #close()}. Default: nothing. */
  protected void onClose() {}

  // ---- services for subclasses ------------------------------------------------------------------

  /**
   * Executes a vendor call under the connector's limits, retries, auth and error mapping.
   *
   * @return a future completing with the response when the error mapper finds no error, or
   *     exceptionally with the mapped {@link CrmException}; cancelling it cancels the call
   */
  protected final CompletableFuture<ApiResponse> execute(ApiRequest request) {
    Objects.requireNonNull(request, "request");
    if (closed) {
      return closedFailure(request.operation());
    }
    return engine().execute(withDefaultHeaders(request), parts.errors());
  }

  /** {@link #execute} as the one type a connector's internal parts call the vendor through. */
  protected final ApiCalls calls() {
    return calls;
  }

  /**
   * Runs {@code work} as the public operation {@code name}: every public method of a connector,
   * vendor extras included, returns through here, so that its future completes exceptionally with
   * the SDK's exception itself (never a {@link java.util.concurrent.CompletionException} around
   * it), work that throws fails the future instead, cancelling the future cancels the operation's
   * HTTP calls, a closed connector fails with a non-retryable {@link ConnectionException}, and the
   * listener sees {@code onOperationStart} and {@code onOperationEnd}. Called from inside another
   * operation (a hook using a vendor extra), it runs as part of that one, without events.
   *
   * <pre>{@code
   * public CompletableFuture<Page> soql(String soql) {
   *   return operation("soql", () -> restQuery.pages(soql));
   * }
   * }</pre>
   */
  protected final <T> CompletableFuture<T> operation(
      String name, Supplier<? extends CompletableFuture<T>> work) {
    Objects.requireNonNull(work, "work");
    return operations.run(name, -1, () -> closed ? closedFailure(name) : work.get());
  }

  /**
   * Runs the bulk job {@code work} as the batch operation {@code name} of {@code records} inputs,
   * like {@link #operation}, and returns its results as a {@link BatchResult} whose {@code
   * apiCalls} is the number of HTTP calls {@link #execute} made for it, retries included.
   */
  private CompletableFuture<BatchResult> bulkOperation(
      String name, List<?> records, Supplier<CompletableFuture<List<RecordResult>>> work) {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(work, "work");
    return operations.run(
        name,
        records.size(),
        scope -> {
          CompletableFuture<BatchResult> refused = refuse(name, records);
          return refused != null
              ? refused
              : work.get().thenApply(results -> new BatchResult(results, scope.calls()));
        });
  }

  /** The caller's transport options. */
  protected final ClientOptions options() {
    return options;
  }

  /** The class, the connector's name and its transport options; never credentials. */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "{name=" + name + ", options=" + options + '}';
  }

  /** The credentials, or null. */
  protected final AuthProvider auth() {
    return auth;
  }

  /** An error context naming this connector and {@code operation}, for exceptions you raise. */
  protected final ErrorContext errorContext(String operation) {
    return ErrorContext.of(name, operation);
  }

  // ---- plumbing -----------------------------------------------------------------------------

  private <I> CompletableFuture<BatchResult> batch(
      String operation,
      List<I> inputs,
      Function<I, CrmException> precheck,
      Function<List<I>, CompletableFuture<List<RecordResult>>> chunkFn) {
    Objects.requireNonNull(inputs, "records");
    int size = capabilities().maxBatchSize();
    return operations.run(
        operation,
        inputs.size(),
        scope ->
            closed
                ? closedFailure(operation)
                : BatchRunner.run(
                    inputs,
                    size,
                    parts.batchConcurrency(),
                    errorContext(operation),
                    precheck,
                    chunkFn,
                    scope));
  }

  /** The bulk part when it takes {@code inputs} (none null), else null. */
  private BulkOperations bulkFor(List<?> inputs) {
    if (inputs == null || parts.bulk().isEmpty() || !parts.bulk().get().takes(inputs.size())) {
      return null;
    }
    return inputs.stream().allMatch(Objects::nonNull) ? parts.bulk().get() : null;
  }

  /** The failure of a batch that must not start (closed connector, null element), or null. */
  private CompletableFuture<BatchResult> refuse(String operation, List<?> inputs) {
    if (closed) {
      return closedFailure(operation);
    }
    for (int i = 0; i < inputs.size(); i++) {
      if (inputs.get(i) == null) {
        return CompletableFuture.failedFuture(BatchRunner.nullRecord(errorContext(operation), i));
      }
    }
    return null;
  }

  private ApiRequest withDefaultHeaders(ApiRequest request) {
    Map<String, String> headers = parts.headers();
    if (headers.isEmpty()) {
      return request;
    }
    ApiRequest.Builder b = null;
    for (Map.Entry<String, String> h : headers.entrySet()) {
      boolean set =
          request.headers().stream().anyMatch(e -> e.getKey().equalsIgnoreCase(h.getKey()));
      if (!set) {
        b = b == null ? request.toBuilder() : b;
        b.header(h.getKey(), h.getValue());
      }
    }
    return b == null ? request : b.build();
  }

  private URI defaultBaseUrl() {
    if (baseUrl == null) {
      throw new IllegalStateException(name + " has no base URL: set ClientOptions.baseUrl");
    }
    return baseUrl;
  }

  private <T> CompletableFuture<T> closedFailure(String operation) {
    return CompletableFuture.failedFuture(
        new ConnectionException("the connector is closed", errorContext(operation), false, null));
  }

  private ValidationException invalid(String operation, String detail) {
    return new ValidationException(detail, errorContext(operation), List.of());
  }

  private RequestEngine engine() {
    RequestEngine e = engine;
    if (e == null) {
      synchronized (lock) {
        e = engine;
        if (e == null) {
          e = new RequestEngine(engineConfig);
          engine = e;
        }
      }
    }
    return e;
  }

  private EngineConfig engineConfig(VendorDefaults defaults) {
    EngineHooks hooks =
        new EngineHooks() {
          @Override
          public URI baseUrl(AccessToken token) {
            return parts.baseUrl().map(rule -> rule.apply(token)).orElseGet(() -> defaultBaseUrl());
          }

          @Override
          public List<RateLimitStatus> rateLimitStatus(ApiResponse response) {
            return parts.rateLimits(response);
          }
        };
    return new EngineConfig(
        name,
        auth,
        options,
        options.retry().orElse(defaults.retry()),
        options.rateLimit().orElse(defaults.rateLimit()),
        Endpoints.tokenEndpoint(defaults.tokenEndpoint(), options.authUrl().orElse(null)),
        defaults.audience(),
        hooks);
  }

  private static void requireObject(String object) {
    if (object == null || object.isBlank()) {
      throw new IllegalArgumentException("object must not be blank");
    }
  }

  private static void requireId(String id) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
  }

  private static void requireField(String field) {
    if (field == null || field.isBlank()) {
      throw new IllegalArgumentException("keyField must not be blank");
    }
  }

  private static void requireKey(String keyField, Map<String, Object> fields) {
    requireField(keyField);
    Objects.requireNonNull(fields, "fields");
    if (fields.get(keyField) == null) {
      throw new IllegalArgumentException("fields must hold a value for the key " + keyField);
    }
  }
}
