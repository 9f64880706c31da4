package io.ikarus.connects.pipedrive.internal;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Query;
import io.ikarus.connects.error.ConflictException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.spi.QueryEvaluator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Upsert without a native upsert: an exact-match search for the key value, then an update of the
 * one record whose key equals it exactly (search ignores case) or a create. Two calls, not atomic.
 */
public final class Upserter {

  private static final int CANDIDATES = 10;

  private final RecordCalls calls;
  private final Searcher searcher;
  private final FieldCatalogs catalogs;
  private final Function<String, ErrorContext> contexts;

  /** An upserter. */
  public Upserter(
      RecordCalls calls,
      Searcher searcher,
      FieldCatalogs catalogs,
      Function<String, ErrorContext> contexts) {
    this.calls = calls;
    this.searcher = searcher;
    this.catalogs = catalogs;
    this.contexts = contexts;
  }

  /** Creates or updates the record whose {@code keyField} equals its value in {@code fields}. */
  public CompletableFuture<CrmRecord> upsert(
      String object, String keyField, Map<String, Object> fields) {
    ErrorContext context = contexts.apply("upsert");
    Entity entity = Entity.of(object, context);
    Object key = fields.get(keyField);
    return catalogs
        .of(entity)
        .thenCompose(
            catalog -> {
              String searchField =
                  SearchFields.of(entity, keyField, catalog)
                      .orElseThrow(() -> notSearchable(entity, keyField, context));
              return searcher.exactIds(entity, searchField, String.valueOf(key), CANDIDATES, null);
            })
        .thenCompose(ids -> matching(object, keyField, key, ids))
        .thenCompose(
            found -> {
              if (found.size() > 1) {
                throw new ConflictException(
                    found.size() + " " + entity.path() + " have " + keyField + " equal to the key",
                    context);
              }
              return found.isEmpty()
                  ? calls.create(object, fields)
                  : calls.update(object, found.get(0), fields);
            });
  }

  private CompletableFuture<List<String>> matching(
      String object, String keyField, Object key, List<String> ids) {
    if (ids.size() <= 1) {
      return CompletableFuture.completedFuture(ids);
    }
    Query exact = Query.of(object).where(keyField, Query.Op.EQ, key);
    List<CompletableFuture<CrmRecord>> each = new ArrayList<>();
    ids.forEach(id -> each.add(calls.get(object, id)));
    return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new))
        .thenApply(
            v ->
                each.stream()
                    .map(CompletableFuture::join)
                    .filter(r -> QueryEvaluator.matches(exact, r))
                    .map(CrmRecord::id)
                    .toList());
  }

  private static ValidationException notSearchable(Entity entity, String field, ErrorContext c) {
    return new ValidationException(
        "Pipedrive can upsert "
            + entity.path()
            + " only by a field its search indexes; '"
            + field
            + "' is not one",
        c,
        List.of());
  }
}
