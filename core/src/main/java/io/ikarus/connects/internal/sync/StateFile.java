package io.ikarus.connects.internal.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.sync.PendingRecord;
import io.ikarus.connects.sync.SyncLink;
import io.ikarus.connects.sync.SyncSide;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a {@link StateModel}: {@code {"format": "ikarus-connects-sync-state", "version":
 * 1, "jobs": {job: {"checkpoints": {...}, "links": [...], "pending": [...]}}}}.
 */
public final class StateFile {

  /** The format marker that tells our files from any other JSON. */
  public static final String FORMAT = "ikarus-connects-sync-state";

  private static final int VERSION = 1;
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(SerializationFeature.INDENT_OUTPUT);

  private StateFile() {}

  /** Writes the model as JSON bytes. */
  public static byte[] write(StateModel model) {
    Map<String, Object> jobs = new LinkedHashMap<>();
    for (String job : model.jobNames()) {
      Map<String, Object> j = new LinkedHashMap<>();
      Map<String, String> checkpoints = new LinkedHashMap<>();
      for (SyncSide side : SyncSide.values()) {
        model.checkpoint(job, side).ifPresent(c -> checkpoints.put(side.name(), c.asString()));
      }
      j.put("checkpoints", checkpoints);
      j.put("links", model.allLinks(job).stream().map(StateFile::linkJson).toList());
      j.put("pending", model.pending(job).stream().map(StateFile::pendingJson).toList());
      jobs.put(job, j);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    root.put("jobs", jobs);
    try {
      return JSON.writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("sync state is not serialisable", e);
    }
  }

  /**
   * Reads a model from JSON bytes.
   *
   * @throws IllegalArgumentException saying why the bytes are not a sync state of this version
   */
  public static StateModel read(byte[] bytes) {
    Map<String, Object> root;
    try {
      root = JSON.readValue(bytes, new TypeReference<Map<String, Object>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("it is not valid JSON: " + e.getOriginalMessage(), e);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("it cannot be parsed: " + e.getMessage(), e);
    }
    if (root == null || !FORMAT.equals(root.get("format"))) {
      throw new IllegalArgumentException(
          "it is not an Ikarus Connects sync state file (no \"format\": \"" + FORMAT + "\")");
    }
    if (!Integer.valueOf(VERSION).equals(root.get("version"))) {
      throw new IllegalArgumentException(
          "it has version " + root.get("version") + "; this library reads version " + VERSION);
    }
    try {
      return model(root);
    } catch (ClassCastException | NullPointerException | IllegalArgumentException e) {
      throw new IllegalArgumentException("its content is malformed: " + e, e);
    }
  }

  @SuppressWarnings("unchecked")
  private static StateModel model(Map<String, Object> root) {
    StateModel model = new StateModel();
    Map<String, Object> jobs = (Map<String, Object>) root.get("jobs");
    for (Map.Entry<String, Object> e : jobs.entrySet()) {
      String job = e.getKey();
      Map<String, Object> j = (Map<String, Object>) e.getValue();
      ((Map<String, String>) j.get("checkpoints"))
          .forEach(
              (side, cp) ->
                  model.saveCheckpoint(job, SyncSide.valueOf(side), Checkpoint.parse(cp)));
      List<SyncLink> links = new ArrayList<>();
      for (Object o : (List<Object>) j.get("links")) {
        Map<String, Object> l = (Map<String, Object>) o;
        links.add(
            new SyncLink(
                (String) l.get("sourceId"),
                (String) l.get("targetId"),
                (String) l.get("sourceHash"),
                (String) l.get("targetHash"),
                (Map<String, Object>) l.get("base")));
      }
      model.saveLinks(job, links);
      List<PendingRecord> pending = new ArrayList<>();
      for (Object o : (List<Object>) j.get("pending")) {
        Map<String, Object> p = (Map<String, Object>) o;
        pending.add(
            new PendingRecord(
                SyncSide.valueOf((String) p.get("side")),
                (String) p.get("id"),
                (String) p.get("intentHash")));
      }
      model.savePending(job, pending);
    }
    return model;
  }

  private static Map<String, Object> linkJson(SyncLink l) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("sourceId", l.sourceId());
    m.put("targetId", l.targetId());
    m.put("sourceHash", l.sourceHash());
    m.put("targetHash", l.targetHash());
    m.put("base", l.base());
    return m;
  }

  private static Map<String, Object> pendingJson(PendingRecord p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("side", p.side().name());
    m.put("id", p.id());
    m.put("intentHash", p.intentHash());
    return m;
  }
}
