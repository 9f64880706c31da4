package io.ikarus.connects.hubspot.internal;

import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.ValidationException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The content of a HubSpot checkpoint: the last change seen (modified time in milliseconds and
 * record id, ordered together) and the deletion watermark (archive time and the ids archived at
 * that very millisecond, which were already reported).
 *
 * @param modified the modified time of the last change seen, or -1 before any
 * @param lastId the id of the last change seen at {@code modified}, or "0"
 * @param deleted the archive time of the last deletion seen, or -1 before any
 * @param deletedIds ids archived at {@code deleted}, already reported
 */
public record ChangeCursor(long modified, String lastId, long deleted, Set<String> deletedIds) {

  /** Copies. */
  public ChangeCursor {
    deletedIds = Set.copyOf(deletedIds);
  }

  /** Reads a checkpoint; the initial one means "from the beginning". */
  public static ChangeCursor parse(Checkpoint checkpoint) {
    if (checkpoint.isInitial()) {
      return new ChangeCursor(-1, "0", -1, Set.of());
    }
    try {
      String[] parts = checkpoint.asString().split(";", -1);
      if (parts.length != 5 || !parts[0].equals("hs1")) {
        throw new IllegalArgumentException("not a HubSpot checkpoint");
      }
      Set<String> ids = new LinkedHashSet<>();
      for (String id : parts[4].split(",")) {
        if (!id.isEmpty()) {
          ids.add(HubSpotNames.recordId(id));
        }
      }
      return new ChangeCursor(
          Long.parseLong(parts[1]), HubSpotNames.recordId(parts[2]), Long.parseLong(parts[3]), ids);
    } catch (RuntimeException e) {
      throw new ValidationException(
          "unreadable HubSpot checkpoint: " + checkpoint.asString(),
          ErrorContext.of("hubspot", "changesSince"),
          List.of());
    }
  }

  /** The checkpoint holding this cursor. */
  public Checkpoint toCheckpoint() {
    return Checkpoint.parse(
        "hs1;" + modified + ";" + lastId + ";" + deleted + ";" + String.join(",", deletedIds));
  }
}
