package io.ikarus.connects.minicrm;

import io.ikarus.connects.Changes;
import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.FieldSchema;
import io.ikarus.connects.FieldType;
import io.ikarus.connects.ObjectSchema;
import io.ikarus.connects.Page;
import io.ikarus.connects.Query;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.FieldError;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.BatchOperations;
import io.ikarus.connects.spi.ChangeFeedOperations;
import io.ikarus.connects.spi.PerRecordBatches;
import io.ikarus.connects.spi.QueryOperations;
import io.ikarus.connects.spi.RecordOperations;
import io.ikarus.connects.spi.SchemaOperations;
import io.ikarus.connects.spi.Urls;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * MiniCrm's wire protocol as the parts of {@link MiniCrmConnector}: one class, since the API is
 * small; creates go through the batch endpoint, other batches one record at a time.
 */
final class MiniCrmParts
    implements RecordOperations,
        BatchOperations,
        QueryOperations,
        ChangeFeedOperations,
        SchemaOperations {

  private final ApiCalls calls;
  private final PerRecordBatches oneByOne;

  MiniCrmParts(ApiCalls calls) {
    this.calls = calls;
    this.oneByOne = new PerRecordBatches("minicrm", this);
  }

  @Override
  public CompletableFuture<CrmRecord> create(String object, Map<String, Object> fields) {
    return calls
        .execute(ApiRequest.post(Urls.segment(object)).operation("create").json(fields).build())
        .thenApply(r -> toRecord(object, r.jsonObject()));
  }

  @Override
  public CompletableFuture<CrmRecord> get(String object, String id) {
    return calls
        .execute(ApiRequest.get(path(object, id)).operation("get").build())
        .thenApply(r -> toRecord(object, r.jsonObject()));
  }

  @Override
  public CompletableFuture<CrmRecord> update(String object, String id, Map<String, Object> fields) {
    return calls
        .execute(ApiRequest.patch(path(object, id)).operation("update").json(fields).build())
        .thenApply(r -> toRecord(object, r.jsonObject()));
  }

  @Override
  public CompletableFuture<Void> delete(String object, String id) {
    return calls
        .execute(ApiRequest.delete(path(object, id)).operation("delete").build())
        .thenApply(r -> null);
  }

  @Override
  @SuppressWarnings("unchecked")
  public CompletableFuture<CrmRecord> upsert(
      String object, String keyField, Map<String, Object> fields) {
    String value = String.valueOf(fields.get(keyField));
    String target = path(object, "by") + "/" + Urls.segment(keyField) + "/" + Urls.segment(value);
    ApiRequest put = ApiRequest.put(target).operation("upsert").json(fields).build();
    return calls
        .execute(put)
        .thenApply(r -> toRecord(object, (Map<String, Object>) r.jsonObject().get("record")));
  }

  @Override
  @SuppressWarnings("unchecked")
  public CompletableFuture<List<RecordResult>> createChunk(
      String object, List<Map<String, Object>> records) {
    ApiRequest batch =
        ApiRequest.post(path(object, "batch"))
            .operation("createAll")
            .json(Map.of("records", records))
            .build();
    return calls
        .execute(batch)
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
  public CompletableFuture<List<RecordResult>> updateChunk(String object, List<CrmRecord> records) {
    return oneByOne.updateChunk(object, records);
  }

  @Override
  public CompletableFuture<List<RecordResult>> upsertChunk(
      String object, String keyField, List<Map<String, Object>> records) {
    return oneByOne.upsertChunk(object, keyField, records);
  }

  @Override
  public CompletableFuture<List<RecordResult>> deleteChunk(String object, List<String> ids) {
    return oneByOne.deleteChunk(object, ids);
  }

  @Override
  public CompletableFuture<Page> query(Query query) {
    return search(query, "0");
  }

  @Override
  @SuppressWarnings("unchecked")
  public CompletableFuture<Changes> changesSince(String object, Checkpoint checkpoint) {
    String since = checkpoint.isInitial() ? "0" : checkpoint.asString();
    ApiRequest get =
        ApiRequest.get(path(object, "changes")).query("since", since).operation("changes").build();
    return calls
        .execute(get)
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
  public CompletableFuture<ObjectSchema> describe(String object) {
    return CompletableFuture.completedFuture(
        new ObjectSchema(object, object, "id", List.of(FieldSchema.of("name", FieldType.STRING))));
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
    return calls
        .execute(post)
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
          "minicrm cannot filter with " + f.op(), ErrorContext.of("minicrm", "query"), List.of());
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
              ErrorContext.of("minicrm", "createAll")
                  .withResponse(200, (String) error.get("code"), null),
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
