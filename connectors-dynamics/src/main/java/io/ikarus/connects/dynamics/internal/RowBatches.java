package io.ikarus.connects.dynamics.internal;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ConditionalBatchOperations;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Chunks of rows: creates and updates through {@code CreateMultiple}/{@code UpdateMultiple} where
 * the table has them (see {@link MultipleWrites}), everything else through {@code $batch} (see
 * {@link BatchWriter}). Each chunk first resolves the table (cached).
 */
final class RowBatches implements ConditionalBatchOperations {

  private final EntityCatalog catalog;
  private final BatchWriter writer;
  private final URI root;
  private final QueriedUpsert queried;
  private final MultipleWrites multiple;

  /**
   * Creates the batch part; {@code multiple} is null when chunks of creates and updates go through
   * {@code $batch} only.
   */
  RowBatches(
      ApiCalls calls,
      EntityCatalog catalog,
      BatchWriter writer,
      URI root,
      MultipleWrites multiple) {
    this.catalog = catalog;
    this.writer = writer;
    this.root = root;
    this.queried = new QueriedUpsert(calls);
    this.multiple = multiple;
  }

  /** One chunk of creates: {@code CreateMultiple} where the table has it, else {@code $batch}. */
  @Override
  public CompletableFuture<List<RecordResult>> createChunk(
      String set, List<Map<String, Object>> records) {
    Supplier<CompletableFuture<List<RecordResult>>> batch =
        () -> writer.write("createAll", WriteOps.creates(root, set, records), WriteOps::created);
    return catalog.with(
        set, info -> multiple == null ? batch.get() : multiple.create(info, set, records, batch));
  }

  /** One chunk of updates: {@code UpdateMultiple} where the table has it, else {@code $batch}. */
  @Override
  public CompletableFuture<List<RecordResult>> updateChunk(String set, List<CrmRecord> records) {
    Supplier<CompletableFuture<List<RecordResult>>> batch =
        () -> writer.write("updateAll", WriteOps.updates(root, set, records), WriteOps::byInput);
    return catalog.with(
        set, info -> multiple == null ? batch.get() : multiple.update(info, set, records, batch));
  }

  /**
   * One chunk of updates, each with {@code If-Match: <etag>} of its {@link CrmRecord#version()} (as
   * read in {@code @odata.etag}), or {@code *} without one; a row changed since fails alone with
   * {@link io.ikarus.connects.error.PreconditionFailedException}.
   */
  @Override
  public CompletableFuture<List<RecordResult>> conditionalUpdateChunk(
      String set, List<CrmRecord> records) {
    return catalog.with(
        set,
        info ->
            writer.write(
                "updateAll", WriteOps.updates(root, set, records, true), WriteOps::byInput));
  }

  /**
   * One chunk of upserts by alternate key: one {@code $batch} for the keys that fit a URL, then one
   * {@link QueriedUpsert} per key that does not; results in input order.
   */
  @Override
  public CompletableFuture<List<RecordResult>> upsertChunk(
      String set, String key, List<Map<String, Object>> records) {
    List<Integer> direct = new ArrayList<>();
    List<Integer> byQuery = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      (QueriedUpsert.fitsPath(records.get(i).get(key)) ? direct : byQuery).add(i);
    }
    if (byQuery.isEmpty()) {
      return catalog.with(set, info -> batchUpserts(info, set, key, records));
    }
    ODataLiterals.name(key, "upsertAll");
    RecordResult[] out = new RecordResult[records.size()];
    List<Map<String, Object>> sent = direct.stream().map(records::get).toList();
    return catalog.with(
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

  /** One chunk of deletes. */
  @Override
  public CompletableFuture<List<RecordResult>> deleteChunk(String set, List<String> ids) {
    return catalog.with(
        set,
        info -> writer.write("deleteAll", WriteOps.deletes(root, set, ids), WriteOps::byInput));
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
}
