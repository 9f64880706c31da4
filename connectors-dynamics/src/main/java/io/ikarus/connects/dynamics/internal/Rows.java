package io.ikarus.connects.dynamics.internal;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ApiRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Row writes and reads: single rows by GUID or alternate key, and chunks through {@code $batch}.
 * Every operation first resolves the table (once per connector, cached), so a misspelt entity set
 * fails fast with one NotFoundException instead of a 404 per record.
 */
public final class Rows {

  private final ApiCalls calls;
  private final EntityCatalog catalog;
  private final BatchWriter writer;
  private final URI root;
  private final QueriedUpsert queried;
  private final MultipleWrites multiple;

  /**
   * Creates the row operations; {@code bulkMessages} sends chunks of creates and updates through
   * {@code CreateMultiple}/{@code UpdateMultiple} where the table has them, else {@code $batch}.
   */
  public Rows(
      ApiCalls calls, EntityCatalog catalog, BatchWriter writer, URI root, boolean bulkMessages) {
    this.calls = calls;
    this.catalog = catalog;
    this.writer = writer;
    this.root = root;
    this.queried = new QueriedUpsert(calls);
    this.multiple = bulkMessages ? new MultipleWrites(calls) : null;
  }

  /** {@code POST set}, returning the row. */
  public CompletableFuture<CrmRecord> create(String set, Map<String, Object> fields) {
    return write(
        set, ApiRequest.post(ODataLiterals.name(set, "create")).operation("create"), fields);
  }

  /** {@code GET set(id)}. */
  public CompletableFuture<CrmRecord> get(String set, String id) {
    String row = Paths.row(set, id, "get");
    return with(
        set,
        info ->
            calls
                .execute(ApiRequest.get(row).operation("get").build())
                .thenApply(r -> RecordMapper.toRecord(info, r.jsonObject())));
  }

  /** {@code PATCH set(id)} with {@code If-Match: *}: never an accidental create. */
  public CompletableFuture<CrmRecord> update(String set, String id, Map<String, Object> fields) {
    String row = Paths.row(set, id, "update");
    return write(
        set,
        ApiRequest.patch(row).operation("update").header("If-Match", "*").idempotent(true),
        fields);
  }

  /** {@code DELETE set(id)}. */
  public CompletableFuture<Void> delete(String set, String id) {
    String row = Paths.row(set, id, "delete");
    return calls.execute(ApiRequest.delete(row).operation("delete").build()).thenApply(r -> null);
  }

  /**
   * {@code PATCH set(key='v')} without a conditional header: create or update; a key value that
   * cannot go in a URL upserts through {@link QueriedUpsert}.
   */
  public CompletableFuture<CrmRecord> upsert(String set, String key, Map<String, Object> fields) {
    if (!QueriedUpsert.fitsPath(fields.get(key))) {
      ODataLiterals.name(key, "upsert");
      return with(set, info -> queried.one(info, set, key, fields));
    }
    String row = Paths.alternateKey(set, key, fields.get(key), "upsert");
    Map<String, Object> body = new LinkedHashMap<>(fields);
    body.remove(key);
    return write(set, ApiRequest.patch(row).operation("upsert").idempotent(true), body);
  }

  /** One chunk of creates: {@code CreateMultiple} where the table has it, else {@code $batch}. */
  public CompletableFuture<List<RecordResult>> createAll(
      String set, List<Map<String, Object>> records) {
    Supplier<CompletableFuture<List<RecordResult>>> batch =
        () -> writer.write("createAll", WriteOps.creates(root, set, records), WriteOps::created);
    return with(
        set, info -> multiple == null ? batch.get() : multiple.create(info, set, records, batch));
  }

  /** One chunk of updates: {@code UpdateMultiple} where the table has it, else {@code $batch}. */
  public CompletableFuture<List<RecordResult>> updateAll(String set, List<CrmRecord> records) {
    Supplier<CompletableFuture<List<RecordResult>>> batch =
        () -> writer.write("updateAll", WriteOps.updates(root, set, records), WriteOps::byInput);
    return with(
        set, info -> multiple == null ? batch.get() : multiple.update(info, set, records, batch));
  }

  /** One chunk of updates, each with {@code If-Match: <etag>} of its version (optimistic). */
  public CompletableFuture<List<RecordResult>> updateAllIfUnchanged(
      String set, List<CrmRecord> records) {
    return with(
        set,
        info ->
            writer.write(
                "updateAll", WriteOps.updates(root, set, records, true), WriteOps::byInput));
  }

  /**
   * One chunk of upserts by alternate key: one {@code $batch} for the keys that fit a URL, then one
   * {@link QueriedUpsert} per key that does not; results in input order.
   */
  public CompletableFuture<List<RecordResult>> upsertAll(
      String set, String key, List<Map<String, Object>> records) {
    List<Integer> direct = new ArrayList<>();
    List<Integer> byQuery = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      (QueriedUpsert.fitsPath(records.get(i).get(key)) ? direct : byQuery).add(i);
    }
    if (byQuery.isEmpty()) {
      return with(set, info -> batchUpserts(info, set, key, records));
    }
    ODataLiterals.name(key, "upsertAll");
    RecordResult[] out = new RecordResult[records.size()];
    List<Map<String, Object>> sent = direct.stream().map(records::get).toList();
    return with(
        set,
        info ->
            (sent.isEmpty()
                    ? CompletableFuture.completedFuture(List.<RecordResult>of())
                    : batchUpserts(info, set, key, sent))
                .thenCompose(
                    done -> {
                      for (int k = 0; k < done.size(); k++) {
                        RecordResult r = done.get(k);
                        int i = direct.get(k);
                        out[i] = new RecordResult(i, r.id(), r.created(), r.error());
                      }
                      return queriedInTurn(info, set, key, records, byQuery, out, 0);
                    }));
  }

  private CompletableFuture<List<RecordResult>> batchUpserts(
      EntityInfo info, String set, String key, List<Map<String, Object>> records) {
    return writer.write(
        "upsertAll", WriteOps.upserts(root, set, key, records), o -> WriteOps.upserted(info, o));
  }

  private CompletableFuture<List<RecordResult>> queriedInTurn(
      EntityInfo info,
      String set,
      String key,
      List<Map<String, Object>> records,
      List<Integer> at,
      RecordResult[] out,
      int k) {
    if (k == at.size()) {
      return CompletableFuture.completedFuture(List.of(out));
    }
    int i = at.get(k);
    return queried
        .result(info, set, key, records.get(i), i)
        .thenCompose(
            r -> {
              out[i] = r;
              return queriedInTurn(info, set, key, records, at, out, k + 1);
            });
  }

  /** One chunk of deletes. */
  public CompletableFuture<List<RecordResult>> deleteAll(String set, List<String> ids) {
    return with(
        set,
        info -> writer.write("deleteAll", WriteOps.deletes(root, set, ids), WriteOps::byInput));
  }

  private CompletableFuture<CrmRecord> write(
      String set, ApiRequest.Builder b, Map<String, Object> fields) {
    ApiRequest request = b.header("Prefer", "return=representation").json(fields).build();
    return with(
        set,
        info -> calls.execute(request).thenApply(r -> RecordMapper.toRecord(info, r.jsonObject())));
  }

  private <T> CompletableFuture<T> with(String set, Function<EntityInfo, CompletableFuture<T>> f) {
    return catalog.info(set).thenCompose(f);
  }
}
