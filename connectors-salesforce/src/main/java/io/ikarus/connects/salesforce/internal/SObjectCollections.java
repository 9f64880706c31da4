package io.ikarus.connects.salesforce.internal;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.ServerException;
import io.ikarus.connects.salesforce.internal.dto.SaveResult;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.ApiResponse;
import io.ikarus.connects.spi.BatchOperations;
import io.ikarus.connects.spi.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Batches of up to 200 records over sObject Collections, with {@code allOrNone=false} so that one
 * bad record never stops the others. Salesforce answers HTTP 200 with one result per input in input
 * order; each failed item becomes a typed error with its field names.
 */
public final class SObjectCollections implements BatchOperations {

  /** The most records one collections call takes. */
  public static final int MAX = 200;

  private final ApiCalls calls;

  /**
   * Sends through {@code calls}. Not a {@link io.ikarus.connects.spi.ConditionalBatchOperations}:
   * sObject Collections take no conditional headers, so conditional updates go one record at a time
   * ({@link SObjectRows#updateIfUnchanged}).
   */
  public SObjectCollections(ApiCalls calls) {
    this.calls = calls;
  }

  @Override
  public CompletableFuture<List<RecordResult>> createChunk(
      String object, List<Map<String, Object>> records) {
    return create(object, records, 0);
  }

  @Override
  public CompletableFuture<List<RecordResult>> updateChunk(String object, List<CrmRecord> records) {
    return update(object, records, 0);
  }

  @Override
  public CompletableFuture<List<RecordResult>> upsertChunk(
      String object, String keyField, List<Map<String, Object>> records) {
    return upsert(object, keyField, records, 0);
  }

  @Override
  public CompletableFuture<List<RecordResult>> deleteChunk(String object, List<String> ids) {
    return delete(ids, 0);
  }

  /** Creates {@code records} ({@code POST composite/sobjects}). */
  public CompletableFuture<List<RecordResult>> create(
      String object, List<Map<String, Object>> records, int offset) {
    List<Map<String, Object>> body = new ArrayList<>(records.size());
    records.forEach(r -> body.add(typed(object, r)));
    ApiRequest request =
        ApiRequest.post("composite/sobjects")
            .operation("createAll")
            .json(Map.of("allOrNone", false, "records", body))
            .build();
    return send(request, offset, records.size(), false);
  }

  /** Updates {@code records} by their ids ({@code PATCH composite/sobjects}). */
  public CompletableFuture<List<RecordResult>> update(
      String object, List<CrmRecord> records, int offset) {
    List<Map<String, Object>> body = new ArrayList<>(records.size());
    for (CrmRecord r : records) {
      Map<String, Object> row = typed(object, r.fields());
      row.remove("Id");
      row.put("id", r.id());
      body.add(row);
    }
    ApiRequest request =
        ApiRequest.patch("composite/sobjects")
            .operation("updateAll")
            .idempotent(true)
            .json(Map.of("allOrNone", false, "records", body))
            .build();
    return send(request, offset, records.size(), false);
  }

  /** Upserts {@code records} by {@code keyField} ({@code PATCH composite/sobjects/Obj/Key}). */
  public CompletableFuture<List<RecordResult>> upsert(
      String object, String keyField, List<Map<String, Object>> records, int offset) {
    List<Map<String, Object>> body = new ArrayList<>(records.size());
    records.forEach(r -> body.add(typed(object, r)));
    ApiRequest request =
        ApiRequest.patch("composite/sobjects/" + object + "/" + keyField)
            .operation("upsertAll")
            .idempotent(true)
            .json(Map.of("allOrNone", false, "records", body))
            .build();
    return send(request, offset, records.size(), true);
  }

  /**
   * Deletes {@code ids} ({@code DELETE composite/sobjects?ids=...&allOrNone=false}). An id that is
   * not a Salesforce id (which could shift the comma-separated list) fails alone, unsent.
   */
  public CompletableFuture<List<RecordResult>> delete(List<String> ids, int offset) {
    List<String> valid = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    RecordResult[] out = new RecordResult[ids.size()];
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (id != null && SalesforceIds.isValid(id)) {
        valid.add(id);
        positions.add(i);
      } else {
        out[i] = RecordResult.failure(offset + i, SalesforceIds.invalid(id, "deleteAll"));
      }
    }
    if (valid.isEmpty()) {
      return CompletableFuture.completedFuture(List.of(out));
    }
    ApiRequest request =
        ApiRequest.delete("composite/sobjects")
            .operation("deleteAll")
            .query("ids", String.join(",", valid))
            .query("allOrNone", "false")
            .build();
    return calls
        .execute(request)
        .thenApply(
            response -> {
              List<RecordResult> sent = results(response, 0, valid.size(), false);
              for (int k = 0; k < sent.size(); k++) {
                out[positions.get(k)] = reindex(sent.get(k), offset + positions.get(k));
              }
              return List.of(out);
            });
  }

  private CompletableFuture<List<RecordResult>> send(
      ApiRequest request, int offset, int count, boolean upsert) {
    return calls.execute(request).thenApply(response -> results(response, offset, count, upsert));
  }

  /**
   * Reads the per-record results. A body that is not a result array is a {@link
   * io.ikarus.connects.error.ServerException}; a record Salesforce gave no result for fails alone.
   */
  static List<RecordResult> results(ApiResponse response, int offset, int count, boolean upsert) {
    List<SaveResult> items = saveResults(response);
    ErrorContext context = response.errorContext();
    List<RecordResult> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int index = offset + i;
      SaveResult item = i < items.size() ? items.get(i) : null;
      if (item == null) {
        out.add(
            RecordResult.failure(index, new ServerException("no result for this record", context)));
      } else if (!item.success()) {
        CrmException error = SalesforceErrorMapper.item(context, item.errors());
        out.add(RecordResult.failure(index, error));
      } else if (upsert && item.created() != null) {
        out.add(RecordResult.upserted(index, item.id(), item.created()));
      } else {
        out.add(RecordResult.success(index, item.id()));
      }
    }
    return out;
  }

  private static List<SaveResult> saveResults(ApiResponse response) {
    if (!(response.json() instanceof List<?> list)) {
      throw new ServerException("expected a JSON array of results", response.errorContext());
    }
    try {
      return list.stream().map(item -> Json.convert(item, SaveResult.class)).toList();
    } catch (IllegalArgumentException e) {
      throw new ServerException(
          "unreadable collection results: " + e.getMessage(), response.errorContext());
    }
  }

  private static RecordResult reindex(RecordResult r, int index) {
    return new RecordResult(index, r.id(), r.created(), r.error());
  }

  private static Map<String, Object> typed(String object, Map<String, Object> fields) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("attributes", Map.of("type", object));
    row.putAll(fields);
    return row;
  }
}
