package io.ikarus.connects.hubspot.internal;

import io.ikarus.connects.RecordResult;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.ServerException;
import io.ikarus.connects.hubspot.internal.dto.BatchResponse;
import io.ikarus.connects.hubspot.internal.dto.ErrorBody;
import io.ikarus.connects.hubspot.internal.dto.HubSpotObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads one batch response (200, 201 or 207 Multi-Status) back into one {@link RecordResult} per
 * input, in input order. HubSpot promises neither result order nor the {@code objectWriteTraceId}
 * echo, so each result is placed by, in turn: its trace id, its key (record id or {@code
 * idProperty} value), its property values ({@link ValueMatch}), values read back ({@link
 * #placeByValues}), and last the order of the inputs still open. A result is never dropped: a
 * record HubSpot wrote is never reported failed. Not thread-safe; one reader per response.
 */
public final class BatchReader {

  private final int offset;
  private final List<SentInput> inputs;
  private final Function<HubSpotObject, String> resultKey;
  private final Map<String, Integer> byTrace = new HashMap<>();
  private final Map<String, Integer> byKey = new HashMap<>();
  private final RecordResult[] out;
  private final boolean[] open;
  private final List<HubSpotObject> unplaced = new ArrayList<>();
  private final List<CrmException> unattributed = new ArrayList<>();

  /**
   * A reader for inputs {@code offset .. offset + inputs.size() - 1} of a whole batch.
   *
   * @param resultKey a result's key, comparable with {@link SentInput#key()} (may return null)
   */
  public BatchReader(
      int offset, List<SentInput> inputs, Function<HubSpotObject, String> resultKey) {
    this.offset = offset;
    this.inputs = List.copyOf(inputs);
    this.resultKey = resultKey;
    this.out = new RecordResult[inputs.size()];
    this.open = new boolean[inputs.size()];
    for (int i = 0; i < inputs.size(); i++) {
      open[i] = true;
      index(byTrace, inputs.get(i).traceId(), i);
      index(byKey, inputs.get(i).key(), i);
    }
  }

  /** Places the results and errors of {@code body}; see {@link #unplaced()} for the rest. */
  public void read(BatchResponse body, ErrorContext context) {
    for (ErrorBody e : body.errors()) {
      readError(e, context);
    }
    for (HubSpotObject r : body.results()) {
      Integer i = find(byTrace, r.objectWriteTraceId());
      i = i != null ? i : find(byKey, resultKey.apply(r));
      if (i == null && !r.properties().isEmpty()) {
        int best = ValueMatch.best(r.properties(), inputs, open);
        i = best < 0 ? null : best;
      }
      if (i == null) {
        unplaced.add(r);
      } else {
        place(i, r);
      }
    }
  }

  /** Results not yet placed. */
  public List<HubSpotObject> unplaced() {
    return List.copyOf(unplaced);
  }

  /** True while some input has neither a result nor an error. */
  public boolean hasOpenInputs() {
    for (boolean o : open) {
      if (o) {
        return true;
      }
    }
    return false;
  }

  /** Places unplaced results by the values of their records read back, keyed by record id. */
  public void placeByValues(Map<String, Map<?, ?>> readBack) {
    for (HubSpotObject r : List.copyOf(unplaced)) {
      Map<?, ?> properties = readBack.get(r.id());
      int best = properties == null ? -1 : ValueMatch.best(properties, inputs, open);
      if (best >= 0) {
        unplaced.remove(r);
        place(best, r);
      }
    }
  }

  /**
   * Every input's result, indexed from {@code offset}: results still unplaced go to the open inputs
   * in input order, then unattributed errors; an input nothing answered fails.
   */
  public List<RecordResult> results(ErrorContext context) {
    for (HubSpotObject r : unplaced) {
      placeFirstOpen(i -> place(i, r));
    }
    unplaced.clear();
    for (CrmException e : unattributed) {
      placeFirstOpen(i -> fail(i, e));
    }
    List<RecordResult> results = new ArrayList<>(out.length);
    for (int i = 0; i < out.length; i++) {
      results.add(out[i] != null ? out[i] : unanswered(offset + i, context));
    }
    return results;
  }

  private void readError(ErrorBody e, ErrorContext context) {
    CrmException error = HubSpotErrors.mapBatchError(e, context);
    boolean attributed = false;
    for (String key : contextKeys(e)) {
      Integer i = find(byTrace, key);
      i = i != null ? i : find(byKey, key);
      if (i != null) {
        fail(i, error);
        attributed = true;
      }
    }
    if (!attributed) {
      unattributed.add(error);
    }
  }

  private void place(int i, HubSpotObject r) {
    out[i] =
        r.created() != null
            ? RecordResult.upserted(offset + i, r.id(), r.created())
            : RecordResult.success(offset + i, r.id());
    open[i] = false;
  }

  private void fail(int i, CrmException error) {
    out[i] = RecordResult.failure(offset + i, error);
    open[i] = false;
  }

  private void placeFirstOpen(java.util.function.IntConsumer action) {
    for (int i = 0; i < open.length; i++) {
      if (open[i]) {
        action.accept(i);
        return;
      }
    }
  }

  private Integer find(Map<String, Integer> index, String key) {
    Integer i = key == null ? null : index.get(normalize(key));
    return i != null && open[i] ? i : null;
  }

  private static void index(Map<String, Integer> index, String key, int i) {
    if (key != null) {
      index.putIfAbsent(normalize(key), i);
    }
  }

  private static List<String> contextKeys(ErrorBody error) {
    List<String> keys = new ArrayList<>();
    for (String name : List.of("objectWriteTraceId", "ids", "id")) {
      keys.addAll(error.context(name));
    }
    return keys;
  }

  private static RecordResult unanswered(int index, ErrorContext context) {
    return RecordResult.failure(
        index, new ServerException("HubSpot's batch response did not mention this input", context));
  }

  private static String normalize(String key) {
    return key.toLowerCase(Locale.ROOT);
  }
}
