package io.ikarus.connects.monday.internal;

import io.ikarus.connects.Checkpoint;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The position of a monday change feed: the {@code updated_at} second reached, the items already
 * delivered at that second with a fingerprint of their fields (monday's timestamps have second
 * precision, so an item changed again within that second is recognised by its fingerprint), and the
 * last activity-log entry seen (in monday's 100 ns ticks). Serialised as {@code
 * v1|seconds|id:fingerprint,...|ticks}.
 *
 * @param second the updated_at second reached (epoch seconds), -1 before the first sync
 * @param boundary fingerprints by id of the items delivered with updated_at equal to {@code second}
 * @param logTicks the created_at of the newest activity-log entry seen, -1 when none
 */
public record ChangeCheckpoint(long second, Map<String, String> boundary, long logTicks) {

  /** Copies. */
  public ChangeCheckpoint {
    boundary = Collections.unmodifiableMap(new LinkedHashMap<>(boundary));
  }

  /** Reads a checkpoint; the initial one starts before everything. */
  public static ChangeCheckpoint parse(Checkpoint checkpoint) {
    if (checkpoint.isInitial()) {
      return new ChangeCheckpoint(-1, Map.of(), -1);
    }
    String[] parts = checkpoint.asString().split("\\|", -1);
    if (parts.length != 4 || !parts[0].equals("v1")) {
      throw new IllegalArgumentException("not a monday checkpoint: " + checkpoint.asString());
    }
    Map<String, String> ids = new LinkedHashMap<>();
    if (!parts[2].isEmpty()) {
      for (String entry : parts[2].split(",")) {
        String[] idAndPrint = entry.split(":", 2);
        ids.put(idAndPrint[0], idAndPrint.length > 1 ? idAndPrint[1] : "");
      }
    }
    return new ChangeCheckpoint(Long.parseLong(parts[1]), ids, Long.parseLong(parts[3]));
  }

  /** A short, stable fingerprint of a record's fields. */
  public static String fingerprint(io.ikarus.connects.CrmRecord record) {
    return Integer.toHexString(new java.util.TreeMap<>(record.fields()).toString().hashCode());
  }

  /** True before the first sync. */
  public boolean initial() {
    return second < 0;
  }

  /** The instant of {@link #second}. */
  public Instant instant() {
    return Instant.ofEpochSecond(Math.max(0, second));
  }

  /** Serialises. */
  public Checkpoint toCheckpoint() {
    StringBuilder ids = new StringBuilder();
    boundary.forEach(
        (id, print) ->
            ids.append(ids.length() == 0 ? "" : ",").append(id).append(':').append(print));
    return Checkpoint.parse("v1|" + second + "|" + ids + "|" + logTicks);
  }
}
