package io.ikarus.connects.salesforce.internal;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.error.MalformedResponseException;
import io.ikarus.connects.salesforce.internal.dto.RecordId;
import io.ikarus.connects.salesforce.internal.dto.SaveResult;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.ApiResponse;
import io.ikarus.connects.spi.RecordOperations;
import io.ikarus.connects.spi.Urls;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Single-record calls on the sObject resources: create ({@code POST sobjects/Obj}), read, update
 * ({@code PATCH}, 204), delete (204), and upsert by external id ({@code PATCH
 * sobjects/Obj/Field/value}). An upsert answers 201 when it created, 200 with {@code created:false}
 * when it updated (older API versions: 204 without a body, then the id is read by the external id),
 * and 300 when the value matched several records (a {@link
 * io.ikarus.connects.error.ConflictException} listing them).
 */
public final class SObjectRows implements RecordOperations {

  private final ApiCalls calls;
  private final SObjectCollections collections;

  /**
   * Sends through {@code calls}; an upsert whose key value cannot be a path segment goes through
   * {@code collections}.
   */
  public SObjectRows(ApiCalls calls, SObjectCollections collections) {
    this.calls = calls;
    this.collections = collections;
  }

  /** Creates a record; the result holds the fields sent and the new id. */
  @Override
  public CompletableFuture<CrmRecord> create(String object, Map<String, Object> fields) {
    ApiRequest request =
        ApiRequest.post(base(object, "create")).operation("create").json(fields).build();
    return calls
        .execute(request)
        .thenApply(r -> withId(object, r.json(SaveResult.class).id(), fields));
  }

  /** Reads every field of a record. */
  @Override
  public CompletableFuture<CrmRecord> get(String object, String id) {
    ApiRequest request =
        ApiRequest.get(base(object, "get") + "/" + Urls.segment(id)).operation("get").build();
    return calls.execute(request).thenApply(r -> RecordMapper.toRecord(object, r.jsonObject()));
  }

  /** Updates the given fields; the result holds them and the id. */
  @Override
  public CompletableFuture<CrmRecord> update(String object, String id, Map<String, Object> fields) {
    Map<String, Object> body = new LinkedHashMap<>(fields);
    body.remove("Id");
    ApiRequest request =
        ApiRequest.patch(base(object, "update") + "/" + Urls.segment(id))
            .operation("update")
            .idempotent(true)
            .json(body)
            .build();
    return calls.execute(request).thenApply(r -> withId(object, id, fields));
  }

  /**
   * Updates the given fields only if the record was not modified after {@code version} (its
   * SystemModstamp or LastModifiedDate as read): {@code If-Unmodified-Since} in whole seconds, so a
   * change made in the same second as the read is not detected (the header's, and Salesforce's
   * stamps', precision). A changed record answers 412, a {@link
   * io.ikarus.connects.error.PreconditionFailedException}. Without a version: a plain update.
   */
  @Override
  public CompletableFuture<CrmRecord> updateIfUnchanged(
      String object, String id, Map<String, Object> fields, String version) {
    if (version == null) {
      return update(object, id, fields);
    }
    Map<String, Object> body = new LinkedHashMap<>(fields);
    body.remove("Id");
    ApiRequest request =
        ApiRequest.patch(base(object, "update") + "/" + Urls.segment(id))
            .operation("update")
            .idempotent(true)
            .header("If-Unmodified-Since", SalesforceTime.httpDate(SalesforceTime.parse(version)))
            .json(body)
            .build();
    return calls.execute(request).thenApply(r -> withId(object, id, fields));
  }

  /** Deletes a record. */
  @Override
  public CompletableFuture<Void> delete(String object, String id) {
    ApiRequest request =
        ApiRequest.delete(base(object, "delete") + "/" + Urls.segment(id))
            .operation("delete")
            .build();
    return calls.execute(request).thenApply(r -> null);
  }

  /**
   * Upserts by {@code keyField}: the key goes in the path, not the body, unless its value cannot be
   * a path segment; then through sObject Collections, as a batch of one.
   */
  @Override
  public CompletableFuture<CrmRecord> upsert(
      String object, String keyField, Map<String, Object> fields) {
    if (!ExternalIdPaths.fitsPath(CsvCodec.text(fields.get(keyField)))) {
      return collections
          .upsert(object, keyField, List.of(fields), 0)
          .thenApply(results -> written(object, fields, results.get(0)));
    }
    String path =
        base(object, "upsert")
            + "/"
            + Identifiers.field(keyField, "upsert")
            + "/"
            + Urls.segment(CsvCodec.text(fields.get(keyField)));
    Map<String, Object> body = new LinkedHashMap<>(fields);
    body.remove(keyField);
    ApiRequest request =
        ApiRequest.patch(path).operation("upsert").idempotent(true).json(body).build();
    return calls.execute(request).thenCompose(r -> upserted(object, path, fields, r));
  }

  private CompletableFuture<CrmRecord> upserted(
      String object, String path, Map<String, Object> fields, ApiResponse response) {
    if (response.hasBody()) {
      return CompletableFuture.completedFuture(
          withId(object, response.json(SaveResult.class).id(), fields));
    }
    ApiRequest lookup = ApiRequest.get(path).operation("upsert").query("fields", "Id").build();
    return calls.execute(lookup).thenApply(r -> withId(object, readId(r), fields));
  }

  /** The {@code Id} of a record read back; a missing one is a malformed answer, not "null". */
  private static String readId(ApiResponse response) {
    RecordId read = response.json(RecordId.class);
    if (read == null || read.id() == null) {
      throw new MalformedResponseException(
          "the member 'Id' is missing", response.errorContext(), null);
    }
    return read.id();
  }

  private static CrmRecord written(String object, Map<String, Object> fields, RecordResult r) {
    if (r.error() != null) {
      throw r.error();
    }
    return withId(object, r.id(), fields);
  }

  private static String base(String object, String operation) {
    return "sobjects/" + Identifiers.object(object, operation);
  }

  private static CrmRecord withId(String object, String id, Map<String, Object> fields) {
    Map<String, Object> out = new LinkedHashMap<>(fields);
    out.put("Id", id);
    return CrmRecord.of(object, id, out);
  }
}
