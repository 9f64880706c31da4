package io.ikarus.connects.pipedrive.internal;

/** Reads the next-page token of either paging style. */
public final class Paging {

  private Paging() {}

  /** The v2 {@code next_cursor}, or the v1 {@code next_start} as text; null at the end. */
  public static String next(Dtos.AdditionalData data) {
    if (data == null) {
      return null;
    }
    if (data.nextCursor() != null && !data.nextCursor().isBlank()) {
      return data.nextCursor();
    }
    Dtos.Pagination p = data.pagination();
    return p != null && p.more() && p.nextStart() != null ? p.nextStart().toString() : null;
  }
}
