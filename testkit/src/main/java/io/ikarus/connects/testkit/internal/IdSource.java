package io.ikarus.connects.testkit.internal;

import java.util.function.LongSupplier;

/** Assigns record ids in a vendor's format. */
public interface IdSource {

  /** A new id for a record of {@code type}; never repeats. */
  String newId(String type);

  /** The id of generated row {@code index} of {@code type}; never collides with {@link #newId}. */
  String generatedId(String type, long index);

  /**
   * Numeric ids for every type from one sequence (HubSpot's, monday's), for a store that serves no
   * generated rows.
   */
  static IdSource sequence(LongSupplier next) {
    return new IdSource() {
      @Override
      public String newId(String type) {
        return Long.toString(next.getAsLong());
      }

      @Override
      public String generatedId(String type, long index) {
        throw new UnsupportedOperationException("this store serves no generated rows");
      }
    };
  }
}
