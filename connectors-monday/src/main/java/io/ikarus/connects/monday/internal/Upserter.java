package io.ikarus.connects.monday.internal;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Page;
import io.ikarus.connects.Query;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.OutcomeUnknownException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Upsert by a key column, which monday has no native form of: find the items whose key column
 * equals each record's key (one {@code items_page_by_column_values} request per batch for text,
 * email, phone, numbers, status and name keys; an {@code items_page} query otherwise), then update
 * the first match or create. Within one batch, a key repeated by a later record is written after
 * the batch, so it updates the item the first one created.
 */
public final class Upserter {

  private final ItemReader reader;
  private final ItemWriter writer;
  private final BoardCache boards;
  private final KeyLookup lookup;
  private final String connector;

  /** Creates the upserter. */
  public Upserter(
      ItemReader reader,
      ItemWriter writer,
      BoardCache boards,
      MondayClient client,
      String connector) {
    this.reader = reader;
    this.writer = writer;
    this.boards = boards;
    this.lookup = new KeyLookup(client);
    this.connector = connector;
  }

  /**
   * Upserts one record. A create whose answer was lost is resolved by upserting once more: the
   * lookup then finds the item if monday made it, and the write becomes an update.
   */
  public CompletableFuture<CrmRecord> upsert(String object, String key, Map<String, Object> f) {
    return upsertOnce(object, key, f)
        .exceptionallyCompose(
            e ->
                crm(e) instanceof OutcomeUnknownException
                    ? upsertOnce(object, key, f)
                    : CompletableFuture.failedFuture(crm(e)));
  }

  private CompletableFuture<CrmRecord> upsertOnce(
      String object, String key, Map<String, Object> f) {
    return find(object, key, List.of(f.get(key)))
        .thenCompose(
            found -> {
              String id = found.get(normal(f.get(key)));
              return id == null ? writer.createOne(object, f) : writer.updateOne(object, id, f);
            });
  }

  /** Upserts a batch; results in input order, {@code created} set on success. */
  public CompletableFuture<List<RecordResult>> upsertAll(
      String object, String key, List<Map<String, Object>> records) {
    List<Object> keys = records.stream().map(r -> r.get(key)).toList();
    return find(object, key, keys).thenCompose(found -> write(object, key, records, found));
  }

  private CompletableFuture<List<RecordResult>> write(
      String object, String key, List<Map<String, Object>> records, Map<String, String> found) {
    List<Integer> creates = new ArrayList<>();
    List<Integer> updates = new ArrayList<>();
    List<Integer> later = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < records.size(); i++) {
      String k = normal(records.get(i).get(key));
      if (seen.putIfAbsent(k, i) != null) {
        later.add(i);
      } else {
        (found.containsKey(k) ? updates : creates).add(i);
      }
    }
    RecordResult[] results = new RecordResult[records.size()];
    List<CrmRecord> toUpdate =
        updates.stream()
            .map(
                i ->
                    CrmRecord.of(
                        object, found.get(normal(records.get(i).get(key))), records.get(i)))
            .toList();
    List<Map<String, Object>> toCreate = creates.stream().map(records::get).toList();
    return writer
        .create(object, toCreate)
        .exceptionally(e -> failures(toCreate.size(), crm(e)))
        .thenCompose(
            c -> {
              fill(results, creates, c, true);
              return writer.update(object, toUpdate);
            })
        .thenCompose(
            u -> {
              fill(results, updates, u, false);
              // A create whose answer was lost is upserted again: found if monday made it.
              List<Integer> unknown =
                  creates.stream().filter(i -> results[i].isOutcomeUnknown()).toList();
              return sequential(object, key, records, unknown, results, 0, true);
            })
        .thenCompose(v -> sequential(object, key, records, later, results, 0, false))
        .thenApply(v -> List.of(results));
  }

  private CompletableFuture<Void> sequential(
      String object,
      String key,
      List<Map<String, Object>> records,
      List<Integer> later,
      RecordResult[] results,
      int k,
      boolean created) {
    if (k == later.size()) {
      return CompletableFuture.completedFuture(null);
    }
    int i = later.get(k);
    return upsert(object, key, records.get(i))
        .handle(
            (r, e) -> {
              results[i] =
                  e == null
                      ? RecordResult.upserted(i, r.id(), created)
                      : RecordResult.failure(i, crm(e));
              return null;
            })
        .thenCompose(v -> sequential(object, key, records, later, results, k + 1, created));
  }

  /** Every input of a call that failed as a whole fails with its error. */
  private static List<RecordResult> failures(int size, CrmException error) {
    List<RecordResult> failed = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      failed.add(RecordResult.failure(i, error));
    }
    return failed;
  }

  private static void fill(
      RecordResult[] results, List<Integer> at, List<RecordResult> got, boolean created) {
    for (int k = 0; k < at.size(); k++) {
      RecordResult r = got.get(k);
      int i = at.get(k);
      results[i] =
          r.isSuccess()
              ? RecordResult.upserted(i, r.id(), created)
              : RecordResult.failure(i, r.error());
    }
  }

  /** Maps each key value (normalised) to the id of the first item holding it. */
  private CompletableFuture<Map<String, String>> find(String object, String key, List<Object> vs) {
    ErrorContext context = ErrorContext.of(connector, "upsert");
    return boards
        .columns(object, context)
        .thenCompose(
            columns -> {
              BoardColumn column = columns.require(key, context);
              return KeyLookup.SUPPORTED.contains(column.type())
                  ? lookup.find(object, columns, column, vs, Upserter::normal)
                  : scan(object, key, vs);
            });
  }

  /** The {@code items_page} path, for key columns the lookup does not take. */
  private CompletableFuture<Map<String, String>> scan(String object, String key, List<Object> vs) {
    Query query =
        Query.of(object).fields(key).where(key, Query.Op.IN, vs).pageSize(QueryPlan.MAX_PAGE);
    Map<String, String> found = new LinkedHashMap<>();
    return reader.query(query).thenCompose(page -> collect(page, key, found));
  }

  private CompletableFuture<Map<String, String>> collect(
      Page page, String key, Map<String, String> found) {
    for (CrmRecord r : page.records()) {
      Object value = r.fields().values().stream().findFirst().orElse(null);
      found.putIfAbsent(normal(value), r.id());
    }
    return page.hasNext()
        ? page.next().thenCompose(p -> collect(p, key, found))
        : CompletableFuture.completedFuture(found);
  }

  private static String normal(Object value) {
    if (value instanceof java.math.BigDecimal d) {
      return d.stripTrailingZeros().toPlainString();
    }
    if (value instanceof Number n) {
      return new java.math.BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
    }
    return String.valueOf(value).trim().split("\\s+")[0];
  }

  private CrmException crm(Throwable e) {
    Throwable t =
        e instanceof java.util.concurrent.CompletionException && e.getCause() != null
            ? e.getCause()
            : e;
    return t instanceof CrmException c
        ? c
        : new CrmException(
            String.valueOf(t.getMessage()), ErrorContext.of(connector, "upsert"), false, t);
  }
}
