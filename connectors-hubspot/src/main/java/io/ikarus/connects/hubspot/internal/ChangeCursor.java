package io.ikarus.connects.hubspot.internal;

import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.spi.ChangeWindow;
import io.ikarus.connects.spi.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The content of a HubSpot checkpoint: the {@link ChangeWindow} of changed records handed out
 * (newest modified time, and the records handed out within the lookback before it), the position of
 * a search scan under way (modified time in milliseconds and id of its last record, or -1), and the
 * deletion watermark (archive time and the ids archived at that very millisecond, already
 * reported). Serialised as {@code hs2.<base64url JSON>}; the older {@code hs1;} form is still read.
 *
 * @param window the changed records handed out
 * @param scanModified the modified time of the scan's last record, or -1 when no scan is under way
 * @param scanId the id of the scan's last record, or "0"
 * @param deleted the archive time of the last deletion seen, or -1 before any
 * @param deletedIds ids archived at {@code deleted}, already reported
 */
public record ChangeCursor(
    ChangeWindow window, long scanModified, String scanId, long deleted, Set<String> deletedIds) {

  private static final String PREFIX = "hs2.";

  /** Copies. */
  public ChangeCursor {
    deletedIds = Set.copyOf(deletedIds);
  }

  /** Reads a checkpoint; the initial one means "from the beginning". */
  public static ChangeCursor parse(Checkpoint checkpoint, Duration lookback) {
    if (checkpoint.isInitial()) {
      return new ChangeCursor(ChangeWindow.start(lookback), -1, "0", -1, Set.of());
    }
    try {
      String text = checkpoint.asString();
      if (text.startsWith("hs1;")) {
        return old(text, lookback);
      }
      if (!text.startsWith(PREFIX)) {
        throw new IllegalArgumentException("not a HubSpot checkpoint");
      }
      byte[] json = Base64.getUrlDecoder().decode(text.substring(PREFIX.length()));
      Map<String, Object> m = Json.parseObject(new String(json, StandardCharsets.UTF_8));
      return new ChangeCursor(
          window(m.get("window"), lookback),
          ((Number) m.get("scanModified")).longValue(),
          HubSpotNames.recordId((String) m.get("scanId")),
          ((Number) m.get("deleted")).longValue(),
          ids((List<?>) m.get("deletedIds")));
    } catch (RuntimeException e) {
      throw new ValidationException(
          "unreadable HubSpot checkpoint: " + checkpoint.asString(),
          ErrorContext.of("hubspot", "changesSince"),
          List.of());
    }
  }

  /** The checkpoint holding this cursor. */
  public Checkpoint toCheckpoint() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("window", window.toJson());
    m.put("scanModified", scanModified);
    m.put("scanId", scanId);
    m.put("deleted", deleted);
    m.put("deletedIds", new ArrayList<>(deletedIds));
    byte[] json = Json.write(m).getBytes(StandardCharsets.UTF_8);
    return Checkpoint.parse(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(json));
  }

  /** This cursor with another scan position. */
  ChangeCursor scan(long modified, String id) {
    return new ChangeCursor(window, modified, id, deleted, deletedIds);
  }

  /** This cursor with another deletion watermark. */
  ChangeCursor deletions(long at, Set<String> ids) {
    return new ChangeCursor(window, scanModified, scanId, at, ids);
  }

  @SuppressWarnings("unchecked")
  private static ChangeWindow window(Object json, Duration lookback) {
    return ChangeWindow.fromJson((Map<String, Object>) json, lookback);
  }

  private static Set<String> ids(List<?> list) {
    Set<String> ids = new LinkedHashSet<>();
    list.forEach(id -> ids.add(HubSpotNames.recordId((String) id)));
    return ids;
  }

  /** Continues an {@code hs1;modified;lastId;deleted;ids} checkpoint from its last change. */
  private static ChangeCursor old(String text, Duration lookback) {
    String[] parts = text.split(";", -1);
    if (parts.length != 5) {
      throw new IllegalArgumentException("not a HubSpot checkpoint");
    }
    long modified = Long.parseLong(parts[1]);
    Instant high = modified < 0 ? null : Instant.ofEpochMilli(modified);
    ChangeWindow window = ChangeWindow.continuing(high, List.of(), lookback);
    Set<String> deletedIds = new LinkedHashSet<>();
    for (String id : parts[4].split(",")) {
      if (!id.isEmpty()) {
        deletedIds.add(HubSpotNames.recordId(id));
      }
    }
    return new ChangeCursor(window, -1, "0", Long.parseLong(parts[3]), deletedIds);
  }
}
