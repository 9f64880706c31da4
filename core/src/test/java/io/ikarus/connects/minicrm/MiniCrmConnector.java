package io.ikarus.connects.minicrm;

import io.ikarus.connects.Capabilities;
import io.ikarus.connects.Changes;
import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.FieldSchema;
import io.ikarus.connects.FieldType;
import io.ikarus.connects.ObjectSchema;
import io.ikarus.connects.Page;
import io.ikarus.connects.Query;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.auth.AuthProvider;
import io.ikarus.connects.error.FieldError;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.ApiResponse;
import io.ikarus.connects.spi.BaseCrmConnector;
import io.ikarus.connects.spi.RateLimitStatus;
import io.ikarus.connects.spi.Urls;
import io.ikarus.connects.spi.VendorDefaults;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** A small connector for {@link MiniCrmServer}: proves that BaseCrmConnector's hooks suffice. */
public class MiniCrmConnector extends BaseCrmConnector {

  private static final Capabilities CAPABILITIES =
      Capabilities.builder()
          .maxBatchSize(MiniCrmApi.MAX_BATCH)
          .maxPageSize(MiniCrmApi.MAX_PAGE)
          .nativeUpsert(true)
          .trackedDeletes(true)
          .build();

  /** Creates the connector; {@code options.baseUrl} must point at the fake. */
  public MiniCrmConnector(AuthProvider auth, ClientOptions options) {
    super(
        "minicrm",
        auth,
        options,
        VendorDefaults.builder()
            .tokenEndpoint(URI.create("https://auth.minicrm.invalid/oauth/token"))
            .build());
  }

  @Override
  public Capabilities capabilities() {
    return CAPABILITIES;
  }

  @Override
  protected CompletableFuture<CrmRecord> doCreate(String object, Map<String, Object> fields) {
    return execute(ApiRequest.post(Urls.segment(object)).operation("create").json(fields).build())
        .thenApply(r -> toRecord(object, r.jsonObject()));
  }

  @Override
  protected CompletableFuture<CrmRecord> doGet(String object, String id) {
    return execute(ApiRequest.get(path(object, id)).operation("get").build())
        .thenApply(r -> toRecord(object, r.jsonObject()));
  }

  @Override
  protected CompletableFuture<CrmRecord> doUpdate(
      String object, String id, Map<String, Object> fields) {
    return execute(ApiRequest.patch(path(object, id)).operation("update").json(fields).build())
        .thenApply(r -> toRecord(object, r.jsonObject()));
  }

  @Override
  protected CompletableFuture<Void> doDelete(String object, String id) {
    return execute(ApiRequest.delete(path(object, id)).operation("delete").build())
        .thenApply(r -> null);
  }

  @Override
  @SuppressWarnings("unchecked")
  protected CompletableFuture<CrmRecord> doUpsert(
      String object, String keyField, Map<String, Object> fields) {
    String value = String.valueOf(fields.get(keyField));
    String target = path(object, "by") + "/" + Urls.segment(keyField) + "/" + Urls.segment(value);
    ApiRequest put = ApiRequest.put(target).operation("upsert").json(fields).build();
    return execute(put)
        .thenApply(r -> toRecord(object, (Map<String, Object>) r.jsonObject().get("record")));
  }

  @Override
  @SuppressWarnings("unchecked")
  protected CompletableFuture<List<RecordResult>> createChunk(
      String object, List<Map<String, Object>> records) {
    ApiRequest batch =
        ApiRequest.post(path(object, "batch"))
            .operation("createAll")
            .json(Map.of("records", records))
            .build();
    return execute(batch)
        .thenApply(
            r -> {
              List<RecordResult> results = new ArrayList<>();
              for (Object item : (List<Object>) r.jsonObject().get("results")) {
                results.add(toResult(results.size(), (Map<String, Object>) item));
              }
              return results;
            });
  }

  @Override
  protected CompletableFuture<Page> doQuery(Query query) {
    return search(query, "0");
  }

  @Override
  @SuppressWarnings("unchecked")
  protected CompletableFuture<Changes> doChangesSince(String object, Checkpoint checkpoint) {
    String since = checkpoint.isInitial() ? "0" : checkpoint.asString();
    ApiRequest get =
        ApiRequest.get(path(object, "changes")).query("since", since).operation("changes").build();
    return execute(get)
        .thenApply(
            r -> {
              Map<String, Object> body = r.jsonObject();
              List<CrmRecord> upserts = new ArrayList<>();
              for (Object o : (List<Object>) body.get("upserts")) {
                upserts.add(toRecord(object, (Map<String, Object>) o));
              }
              return new Changes(
                  upserts,
                  (List<String>) body.get("deleted"),
                  Checkpoint.parse(body.get("next").toString()),
                  Boolean.TRUE.equals(body.get("has_more")));
            });
  }

  @Override
  protected CompletableFuture<ObjectSchema> doDescribe(String object) {
    return CompletableFuture.completedFuture(
        new ObjectSchema(object, object, "id", List.of(FieldSchema.of("name", FieldType.STRING))));
  }

  @Override
  protected List<RateLimitStatus> rateLimitStatus(ApiResponse response) {
    String remaining = response.header("X-RateLimit-Remaining");
    String limit = response.header("X-RateLimit-Limit");
    String reset = response.header("X-RateLimit-Reset");
    if (remaining == null || limit == null || reset == null) {
      return List.of();
    }
    return List.of(
        new RateLimitStatus(
            "default",
            Long.parseLong(remaining),
            Long.parseLong(limit),
            Duration.ofSeconds(Long.parseLong(reset))));
  }

  @SuppressWarnings("unchecked")
  private CompletableFuture<Page> search(Query query, String cursor) {
    List<Map<String, Object>> filters = new ArrayList<>();
    for (Query.Filter f : query.filters()) {
      filters.add(filter(f));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("filters", filters);
    body.put("page_size", query.pageSize().orElse(MiniCrmApi.MAX_PAGE));
    body.put("cursor", cursor);
    ApiRequest post =
        ApiRequest.post(path(query.object(), "search"))
            .operation("query")
            .idempotent(true)
            .json(body)
            .build();
    return execute(post)
        .thenApply(
            r -> {
              Map<String, Object> json = r.jsonObject();
              List<CrmRecord> records = new ArrayList<>();
              for (Object o : (List<Object>) json.get("records")) {
                records.add(toRecord(query.object(), (Map<String, Object>) o));
              }
              Object next = json.get("next_cursor");
              return next == null
                  ? Page.last(records)
                  : Page.of(records, () -> search(query, next.toString()));
            });
  }

  private Map<String, Object> filter(Query.Filter f) {
    if (f.op() != Query.Op.EQ
        && f.op() != Query.Op.NE
        && f.op() != Query.Op.CONTAINS
        && f.op() != Query.Op.IN
        && f.op() != Query.Op.IS_NULL) {
      throw new ValidationException(
          "minicrm cannot filter with " + f.op(), errorContext("query"), List.of());
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("field", f.field());
    m.put("op", f.op().name());
    m.put("value", f.value());
    return m;
  }

  @SuppressWarnings("unchecked")
  private RecordResult toResult(int index, Map<String, Object> item) {
    if (item.get("error") instanceof Map<?, ?> error) {
      return RecordResult.failure(
          index,
          new ValidationException(
              (String) error.get("message"),
              errorContext("createAll").withResponse(200, (String) error.get("code"), null),
              error.get("field") == null
                  ? List.of()
                  : List.of(
                      new FieldError(
                          (String) error.get("field"),
                          (String) error.get("code"),
                          (String) error.get("message")))));
    }
    return RecordResult.success(index, (String) item.get("id"));
  }

  private static CrmRecord toRecord(String object, Map<String, Object> json) {
    Map<String, Object> fields = new LinkedHashMap<>(json);
    String id = (String) fields.remove("id");
    return CrmRecord.of(object, id, fields);
  }

  private static String path(String object, String id) {
    return Urls.segment(object) + "/" + Urls.segment(id);
  }
}
