package io.ikarus.connects.testkit.internal.pipedrive;

import io.ikarus.connects.testkit.internal.StoredRecord;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;

/**
 * The v2 list order and its opaque keyset cursor: records sorted by {@code id}, {@code add_time} or
 * {@code update_time} (second precision, ties by id), the cursor naming the last record served, so
 * inserts between pages neither repeat nor skip records.
 *
 * @param sortBy the sort field
 * @param descending true for {@code sort_direction=desc}
 */
record PdCursor(String sortBy, boolean descending) {

  /** Reads {@code sort_by} and {@code sort_direction}; 400 on other values. */
  static PdCursor of(String sortBy, String direction) {
    String by = sortBy == null ? "id" : sortBy;
    if (!by.equals("id") && !by.equals("update_time") && !by.equals("add_time")) {
      throw PdFailure.badRequest("Parameter 'sort_by' must be one of id, update_time, add_time");
    }
    String dir = direction == null ? "asc" : direction;
    if (!dir.equals("asc") && !dir.equals("desc")) {
      throw PdFailure.badRequest("Parameter 'sort_direction' must be one of asc, desc");
    }
    return new PdCursor(by, dir.equals("desc"));
  }

  /** The order of records. */
  Comparator<StoredRecord> order() {
    Comparator<StoredRecord> c =
        Comparator.comparingLong((StoredRecord r) -> key(r)).thenComparingLong(PdCursor::id);
    return descending ? c.reversed() : c;
  }

  /** The cursor pointing after {@code last}. */
  String after(StoredRecord last) {
    String text = sortBy + ":" + key(last) + ":" + id(last);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  /** True when {@code r} comes after the position {@code cursor} encodes; 400 when malformed. */
  boolean isAfter(StoredRecord r, String cursor) {
    long[] pos = decode(cursor);
    int cmp = Long.compare(key(r), pos[0]);
    if (cmp == 0) {
      cmp = Long.compare(id(r), pos[1]);
    }
    return descending ? cmp < 0 : cmp > 0;
  }

  private long[] decode(String cursor) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      String[] parts = text.split(":");
      if (parts.length != 3 || !parts[0].equals(sortBy)) {
        throw new IllegalArgumentException(text);
      }
      return new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])};
    } catch (IllegalArgumentException e) {
      throw PdFailure.badRequest("Parameter 'cursor' is not a valid cursor");
    }
  }

  private long key(StoredRecord r) {
    return switch (sortBy) {
      case "update_time" -> PdTimes.seconds(r.modifiedAt()).getEpochSecond();
      case "add_time" -> PdTimes.seconds(r.createdAt()).getEpochSecond();
      default -> id(r);
    };
  }

  private static long id(StoredRecord r) {
    return Long.parseLong(r.id());
  }
}
