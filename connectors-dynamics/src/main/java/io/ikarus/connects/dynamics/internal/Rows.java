package io.ikarus.connects.dynamics.internal;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.RecordOperations;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Single rows by GUID or alternate key. Every operation first resolves the table (once per
 * connector, cached), so a misspelt entity set fails with one NotFoundException naming it.
 */
final class Rows implements RecordOperations {

  private final ApiCalls calls;
  private final EntityCatalog catalog;
  private final QueriedUpsert queried;

  Rows(ApiCalls calls, EntityCatalog catalog) {
    this.calls = calls;
    this.catalog = catalog;
    this.queried = new QueriedUpsert(calls);
  }

  /** {@code POST set}, returning the row. */
  @Override
  public CompletableFuture<CrmRecord> create(String set, Map<String, Object> fields) {
    return write(
        set, ApiRequest.post(ODataLiterals.name(set, "create")).operation("create"), fields);
  }

  /** {@code GET set(id)}. */
  @Override
  public CompletableFuture<CrmRecord> get(String set, String id) {
    String row = Paths.row(set, id, "get");
    return catalog.with(
        set,
        info ->
            calls
                .execute(ApiRequest.get(row).operation("get").build())
                .thenApply(r -> RecordMapper.toRecord(info, r.jsonObject())));
  }

  /** {@code PATCH set(id)} with {@code If-Match: *}: never an accidental create. */
  @Override
  public CompletableFuture<CrmRecord> update(String set, String id, Map<String, Object> fields) {
    return updateIfUnchanged(set, id, fields, null);
  }

  /**
   * {@code PATCH set(id)} with {@code If-Match: <version>} (the row's {@code @odata.etag}), or
   * {@code *} without a version; a row changed since answers 412.
   */
  @Override
  public CompletableFuture<CrmRecord> updateIfUnchanged(
      String set, String id, Map<String, Object> fields, String version) {
    String row = Paths.row(set, id, "update");
    return write(
        set,
        ApiRequest.patch(row)
            .operation("update")
            .header("If-Match", version == null ? "*" : version)
            .idempotent(true),
        fields);
  }

  /** {@code DELETE set(id)}. */
  @Override
  public CompletableFuture<Void> delete(String set, String id) {
    String row = Paths.row(set, id, "delete");
    return calls.execute(ApiRequest.delete(row).operation("delete").build()).thenApply(r -> null);
  }

  /**
   * {@code PATCH set(key='v')} without a conditional header: create or update; a key value that
   * cannot go in a URL upserts through {@link QueriedUpsert}.
   */
  @Override
  public CompletableFuture<CrmRecord> upsert(String set, String key, Map<String, Object> fields) {
    if (!QueriedUpsert.fitsPath(fields.get(key))) {
      ODataLiterals.name(key, "upsert");
      return catalog.with(set, info -> queried.one(info, set, key, fields));
    }
    String row = Paths.alternateKey(set, key, fields.get(key), "upsert");
    Map<String, Object> body = new LinkedHashMap<>(fields);
    body.remove(key);
    return write(set, ApiRequest.patch(row).operation("upsert").idempotent(true), body);
  }

  private CompletableFuture<CrmRecord> write(
      String set, ApiRequest.Builder b, Map<String, Object> fields) {
    ApiRequest request = b.header("Prefer", "return=representation").json(fields).build();
    return catalog.with(
        set,
        info -> calls.execute(request).thenApply(r -> RecordMapper.toRecord(info, r.jsonObject())));
  }
}
