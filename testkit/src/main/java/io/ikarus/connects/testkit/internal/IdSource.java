package io.ikarus.connects.testkit.internal;

/** Assigns record ids in a vendor's format. */
public interface IdSource {

  /** A new id for a record of {@code type}; never repeats. */
  String newId(String type);

  /** The id of generated row {@code index} of {@code type}; never collides with {@link #newId}. */
  String generatedId(String type, long index);
}
