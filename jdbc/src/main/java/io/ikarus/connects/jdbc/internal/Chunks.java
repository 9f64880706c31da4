package io.ikarus.connects.jdbc.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Splits work into statement-sized pieces. */
public final class Chunks {

  /** Ids per {@code IN (...)} list: well below every driver's bind-parameter limit. */
  public static final int IN_LIST = 500;

  /** Ids per PostgreSQL array parameter, and rows per {@code unnest} insert. */
  public static final int ARRAY = 10_000;

  /** Rows per JDBC batch. */
  public static final int BATCH = 1000;

  private Chunks() {}

  /** {@code items} in consecutive pieces of at most {@code size}. */
  public static <T> List<List<T>> of(List<T> items, int size) {
    if (items.size() <= size) {
      return items.isEmpty() ? List.of() : List.of(items);
    }
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i += size) {
      out.add(items.subList(i, Math.min(items.size(), i + size)));
    }
    return out;
  }

  /** {@code ?, ?, ?} with {@code n} marks. */
  public static String marks(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }
}
