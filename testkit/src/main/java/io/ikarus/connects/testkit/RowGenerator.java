package io.ikarus.connects.testkit;

import java.util.Map;

/**
 * Produces the fields of generated row {@code index} on demand, so a fake can serve millions of
 * rows to a query without holding them in memory. Must be deterministic and thread-safe.
 *
 * <p>Example: {@code sf.generateRows("Account", 1_000_000, i -> Map.of("Name", "Account " + i));}
 */
@FunctionalInterface
public interface RowGenerator {

  /** The field values of row {@code index} (0-based); system fields are added by the fake. */
  Map<String, Object> row(long index);
}
