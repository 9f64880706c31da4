package io.ikarus.connects.hubspot.internal;

import io.ikarus.connects.RecordResult;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.ServerException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads one batch response (200, 201 or 207 Multi-Status) back into one {@link RecordResult} per
 * input, in input order. HubSpot does not promise result order, so each result and error is matched
 * to its input by a key: the {@code objectWriteTraceId} the connector sent, else the record id (or
 * unique value) the input named. An input the response does not mention fails.
 */
public final class BatchReader {

  private final Map<String, Integer> indexByKey = new HashMap<>();
  private final int offset;
  private final int size;

  /**
   * A reader for inputs {@code offset .. offset + keys.size() - 1} of a whole batch.
   *
   * @param keys each input's key, in input order (case-insensitive)
   */
  public BatchReader(int offset, List<String> keys) {
    this.offset = offset;
    this.size = keys.size();
    for (int i = 0; i < keys.size(); i++) {
      indexByKey.put(normalize(keys.get(i)), i);
    }
  }

  /**
   * The results of this chunk, indexed from {@code offset}.
   *
   * @param body the response body
   * @param resultKeys the keys a result may be matched by, tried in order
   * @param context the error context for per-input failures
   */
  @SuppressWarnings("unchecked")
  public List<RecordResult> read(
      Map<String, Object> body,
      List<Function<Map<String, Object>, String>> resultKeys,
      ErrorContext context) {
    RecordResult[] out = new RecordResult[size];
    for (Object o : list(body, "results")) {
      Map<String, Object> r = (Map<String, Object>) o;
      Integer i = match(r, resultKeys);
      if (i != null) {
        Object created = r.get("new");
        String id = HubSpotErrors.text(r, "id");
        out[i] =
            created instanceof Boolean b
                ? RecordResult.upserted(offset + i, id, b)
                : RecordResult.success(offset + i, id);
      }
    }
    for (Object o : list(body, "errors")) {
      Map<String, Object> e = (Map<String, Object>) o;
      CrmException error = HubSpotErrors.mapBatchError(e, context);
      for (String key : contextKeys(e)) {
        Integer i = indexByKey.get(normalize(key));
        if (i != null && out[i] == null) {
          out[i] = RecordResult.failure(offset + i, error);
        }
      }
    }
    List<RecordResult> results = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      results.add(out[i] != null ? out[i] : unanswered(offset + i, context));
    }
    return results;
  }

  private Integer match(
      Map<String, Object> result, List<Function<Map<String, Object>, String>> keys) {
    for (Function<Map<String, Object>, String> key : keys) {
      String k = key.apply(result);
      Integer i = k == null ? null : indexByKey.get(normalize(k));
      if (i != null) {
        return i;
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static List<String> contextKeys(Map<String, Object> error) {
    List<String> keys = new ArrayList<>();
    if (error.get("context") instanceof Map<?, ?> ctx) {
      for (String name : List.of("objectWriteTraceId", "ids", "id")) {
        Object v = ((Map<String, Object>) ctx).get(name);
        if (v instanceof List<?> values) {
          values.forEach(x -> keys.add(String.valueOf(x)));
        } else if (v != null) {
          keys.add(v.toString());
        }
      }
    }
    return keys;
  }

  private static RecordResult unanswered(int index, ErrorContext context) {
    return RecordResult.failure(
        index, new ServerException("HubSpot's batch response did not mention this input", context));
  }

  private static List<?> list(Map<String, Object> body, String key) {
    return body.get(key) instanceof List<?> l ? l : List.of();
  }

  private static String normalize(String key) {
    return key.toLowerCase(Locale.ROOT);
  }
}
