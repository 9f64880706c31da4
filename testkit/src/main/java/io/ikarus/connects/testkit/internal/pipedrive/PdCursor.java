package io.ikarus.connects.testkit.internal.pipedrive;

import io.ikarus.connects.testkit.internal.StoredRecord;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.function.Predicate;

/**
 * The v2 list order and its opaque keyset cursor: records sorted by {@code id}, {@code add_time} or
 * {@code update_time} (second precision, ties by id), the cursor naming the last record served, so
 * inserts between pages neither repeat nor skip records. Small v2 listings (search, fields) use
 * opaque offset cursors instead.
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
    return encode(sortBy + ":" + key(last) + ":" + id(last));
  }

  /** An opaque cursor for offset {@code offset}. */
  static String ofOffset(int offset) {
    return encode("offset:" + offset);
  }

  /** Decodes an offset cursor (null: 0); 400 when malformed. */
  static int offset(String cursor) {
    if (cursor == null) {
      return 0;
    }
    String text = text(cursor);
    if (!text.matches("offset:\\d{1,9}")) {
      throw invalid();
    }
    return Integer.parseInt(text.substring("offset:".length()));
  }

  /**
   * The records after the position {@code cursor} encodes (all when it is null); 400 when it is
   * malformed, whether or not any record is left.
   */
  Predicate<StoredRecord> isAfter(String cursor) {
    if (cursor == null) {
      return r -> true;
    }
    long[] pos = position(cursor);
    return r -> {
      int cmp = Arrays.compare(new long[] {key(r), id(r)}, pos);
      return descending ? cmp < 0 : cmp > 0;
    };
  }

  private long[] position(String cursor) {
    String[] parts = text(cursor).split(":");
    try {
      if (parts.length == 3 && parts[0].equals(sortBy)) {
        return new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])};
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw invalid();
  }

  private static String encode(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String text(String cursor) {
    try {
      return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
  }

  private static PdFailure invalid() {
    return PdFailure.badRequest("Parameter 'cursor' is not a valid cursor");
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
