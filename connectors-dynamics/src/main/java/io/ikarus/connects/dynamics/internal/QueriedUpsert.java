package io.ikarus.connects.dynamics.internal;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.error.ConflictException;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ApiRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;

/**
 * Upsert by an alternate key whose value Dataverse cannot take in a URL: per Microsoft's "Work with
 * alternate keys", GET, update and upsert by a key value holding {@code / < > * % & : \ ? +} do not
 * work, even percent-encoded. Such a row is found with a {@code $filter} query (the value travels
 * in the query string, where it is fine), then updated by its GUID with {@code If-Match: *} or
 * created. Not atomic: two writers racing on one new key can both create.
 */
final class QueriedUpsert {

  private static final Pattern RESERVED = Pattern.compile("[/<>*%&:\\\\?+]");

  private final ApiCalls calls;

  QueriedUpsert(ApiCalls calls) {
    this.calls = calls;
  }

  /** True when {@code value} can name a row in the URL path. */
  static boolean fitsPath(Object value) {
    return !(value instanceof String s) || !RESERVED.matcher(s).find();
  }

  /** The upserted row, as Dataverse returned it. */
  CompletableFuture<CrmRecord> one(
      EntityInfo info, String set, String key, Map<String, Object> fields) {
    return upsert(info, set, key, fields).thenApply(Written::record);
  }

  /** The outcome for input {@code index}: the row's id and whether it was created, or failure. */
  CompletableFuture<RecordResult> result(
      EntityInfo info, String set, String key, Map<String, Object> fields, int index) {
    return upsert(info, set, key, fields)
        .thenApply(done -> RecordResult.upserted(index, done.record().id(), done.created()))
        .exceptionally(e -> RecordResult.failure(index, crm(e)));
  }

  private CompletableFuture<Written> upsert(
      EntityInfo info, String set, String key, Map<String, Object> fields) {
    ApiRequest find =
        ApiRequest.get(ODataLiterals.name(set, "upsert"))
            .operation("upsert")
            .query("$select", info.primaryId())
            .query("$filter", key + " eq " + ODataLiterals.literal(fields.get(key)))
            .query("$top", "2")
            .build();
    return calls
        .execute(find)
        .thenCompose(r -> write(info, set, key, fields, Pages.read(r).value()));
  }

  private CompletableFuture<Written> write(
      EntityInfo info,
      String set,
      String key,
      Map<String, Object> fields,
      List<Map<String, Object>> found) {
    if (found.size() > 1) {
      throw new ConflictException(
          "more than one row has this " + key, ErrorContext.of("dynamics", "upsert"));
    }
    if (found.isEmpty()) {
      ApiRequest.Builder create =
          ApiRequest.post(set).operation("upsert").header("Prefer", "return=representation");
      return send(info, create.json(fields).build(), true);
    }
    Object id = found.get(0).get(info.primaryId());
    Map<String, Object> body = new LinkedHashMap<>(fields);
    body.remove(key);
    ApiRequest update =
        ApiRequest.patch(Paths.row(set, String.valueOf(id), "upsert"))
            .operation("upsert")
            .idempotent(true)
            .header("If-Match", "*")
            .header("Prefer", "return=representation")
            .json(body)
            .build();
    return send(info, update, false);
  }

  private CompletableFuture<Written> send(EntityInfo info, ApiRequest request, boolean created) {
    return calls
        .execute(request)
        .thenApply(r -> new Written(RecordMapper.toRecord(info, r.jsonObject()), created));
  }

  private static CrmException crm(Throwable e) {
    Throwable t = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    return t instanceof CrmException c
        ? c
        : new CrmException(
            String.valueOf(t.getMessage()), ErrorContext.of("dynamics", "upsert"), false, t);
  }

  private record Written(CrmRecord record, boolean created) {}
}
