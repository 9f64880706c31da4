package io.ikarus.connects.testkit.internal;

import java.util.function.LongSupplier;

/** Assigns record ids in a vendor's format. */
public interface IdSource {

  /** A new id for a record of {@code type}; never repeats. */
  String newId(String type);

  /**
   * The id of generated row {@code index} of {@code type}; never collides with {@link #newId}.
   * Stores that serve no generated rows need not implement it.
   */
  default String generatedId(String type, long index) {
    throw new UnsupportedOperationException("this store serves no generated rows");
  }

  /**
   * Numeric ids for every type from one sequence (HubSpot's, monday's), for a store that serves no
   * generated rows.
   */
  static IdSource sequence(LongSupplier next) {
    return type -> Long.toString(next.getAsLong());
  }
}
