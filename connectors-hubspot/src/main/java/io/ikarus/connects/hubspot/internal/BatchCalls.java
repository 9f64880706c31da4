package io.ikarus.connects.hubspot.internal;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.hubspot.internal.dto.BatchResponse;
import io.ikarus.connects.hubspot.internal.dto.HubSpotObject;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.ApiResponse;
import io.ikarus.connects.spi.BatchOperations;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * One batch chunk (at most 100 inputs) per call to {@code /crm/v3/objects/{type}/batch/*}. An input
 * that cannot be sent (a bad value, a non-numeric id, a key repeated in the chunk) fails alone and
 * the others are sent; every input gets one result in chunk order.
 */
public final class BatchCalls implements BatchOperations {

  private final ApiCalls execute;
  private final Function<String, ErrorContext> context;

  /** Calls made through {@code execute}; {@code context} names an operation's error context. */
  public BatchCalls(ApiCalls execute, Function<String, ErrorContext> context) {
    this.execute = execute;
    this.context = context;
  }

  /** {@code batch/create}, each input tagged with its index as {@code objectWriteTraceId}. */
  @Override
  public CompletableFuture<List<RecordResult>> createChunk(
      String object, List<Map<String, Object>> records) {
    return run(
        object,
        "create",
        "createAll",
        records.size(),
        i -> {
          Map<String, Object> in = new LinkedHashMap<>();
          in.put("properties", WireValues.properties(records.get(i)));
          in.put("objectWriteTraceId", Integer.toString(i));
          return in;
        },
        false,
        r -> null);
  }

  /** {@code batch/update} by record id; results are matched by id. */
  @Override
  public CompletableFuture<List<RecordResult>> updateChunk(String object, List<CrmRecord> records) {
    Set<String> seen = new HashSet<>();
    return run(
        object,
        "update",
        "updateAll",
        records.size(),
        i -> {
          String id = HubSpotNames.recordId(records.get(i).id());
          requireFirst(seen, id, "id");
          return Map.of("id", id, "properties", WireValues.properties(records.get(i).fields()));
        },
        false,
        HubSpotObject::id);
  }

  /** {@code batch/upsert} by the unique {@code keyField}; idempotent, so safe to retry. */
  @Override
  public CompletableFuture<List<RecordResult>> upsertChunk(
      String object, String keyField, List<Map<String, Object>> records) {
    String key = HubSpotNames.property(keyField);
    Set<String> seen = new HashSet<>();
    return run(
        object,
        "upsert",
        "upsertAll",
        records.size(),
        i -> {
          String value = WireValues.toWire(key, records.get(i).get(key));
          requireFirst(seen, value, key);
          Map<String, Object> in = new LinkedHashMap<>();
          in.put("idProperty", key);
          in.put("id", value);
          in.put("properties", WireValues.properties(records.get(i)));
          in.put("objectWriteTraceId", Integer.toString(i));
          return in;
        },
        true,
        r -> keyOf(r, key));
  }

  /** {@code batch/archive}: HubSpot answers 204 for the whole chunk. */
  @Override
  public CompletableFuture<List<RecordResult>> deleteChunk(String object, List<String> ids) {
    return run(
        object,
        "archive",
        "deleteAll",
        ids.size(),
        i -> Map.of("id", HubSpotNames.recordId(ids.get(i))),
        true,
        r -> null);
  }

  private CompletableFuture<List<RecordResult>> run(
      String object,
      String action,
      String operation,
      int size,
      Function<Integer, Map<String, Object>> input,
      boolean idempotent,
      Function<HubSpotObject, String> resultKey) {
    RecordResult[] out = new RecordResult[size];
    List<Map<String, Object>> inputs = new ArrayList<>();
    List<Integer> sent = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      try {
        inputs.add(input.apply(i));
        sent.add(i);
      } catch (CrmException e) {
        out[i] = RecordResult.failure(i, e);
      }
    }
    if (inputs.isEmpty()) {
      return CompletableFuture.completedFuture(List.of(out));
    }
    ApiRequest request =
        ApiRequest.post(ObjectPaths.batch(object, action))
            .json(Map.of("inputs", inputs))
            .operation(operation)
            .idempotent(idempotent)
            .build();
    List<SentInput> described = inputs.stream().map(BatchCalls::describe).toList();
    return execute
        .execute(request)
        .thenCompose(r -> read(object, operation, described, resultKey, r))
        .thenApply(read -> merge(out, sent, read));
  }

  private CompletableFuture<List<RecordResult>> read(
      String object,
      String operation,
      List<SentInput> inputs,
      Function<HubSpotObject, String> resultKey,
      ApiResponse response) {
    ErrorContext ctx = context.apply(operation);
    if (!response.hasBody()) {
      List<RecordResult> all = new ArrayList<>();
      for (int k = 0; k < inputs.size(); k++) {
        all.add(RecordResult.success(k, inputs.get(k).key()));
      }
      return CompletableFuture.completedFuture(all);
    }
    BatchReader reader = new BatchReader(0, inputs, resultKey);
    reader.read(response.json(BatchResponse.class), ctx);
    if (reader.unplaced().isEmpty() || !reader.hasOpenInputs()) {
      return CompletableFuture.completedFuture(reader.results(ctx));
    }
    return execute
        .execute(ReadBack.request(object, operation, reader.unplaced(), inputs))
        .thenApply(r -> ReadBack.propertiesById(Records.page(r)))
        .thenApply(
            back -> {
              reader.placeByValues(back);
              return reader.results(ctx);
            });
  }

  @SuppressWarnings("unchecked")
  private static SentInput describe(Map<String, Object> in) {
    Object trace = in.get("objectWriteTraceId");
    Object id = in.get("id");
    Object props = in.get("properties");
    return new SentInput(
        trace == null ? null : trace.toString(),
        id == null ? null : id.toString(),
        props instanceof Map<?, ?> ? (Map<String, String>) props : Map.of());
  }

  private static List<RecordResult> merge(
      RecordResult[] out, List<Integer> sent, List<RecordResult> read) {
    for (int k = 0; k < sent.size(); k++) {
      int i = sent.get(k);
      RecordResult r = read.get(k);
      out[i] = new RecordResult(i, r.id(), r.created(), r.error());
    }
    return List.of(out);
  }

  private static String keyOf(HubSpotObject result, String key) {
    Object value = result.properties().get(key);
    return value == null ? null : value.toString();
  }

  private void requireFirst(Set<String> seen, String value, String field) {
    if (!seen.add(value.toLowerCase(Locale.ROOT))) {
      throw new ValidationException(
          "the same " + field + " appears twice in one batch chunk",
          context.apply("batch"),
          List.of(
              new io.ikarus.connects.error.FieldError(
                  field, "DUPLICATE_IN_BATCH", "repeated in the same chunk of 100")));
    }
  }
}
