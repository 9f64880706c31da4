package io.ikarus.connects;

import java.util.Objects;

/**
 * An opaque position in an object's change history, as returned by {@link
 * CrmConnector#changesSince}. Store it as a string with {@link #asString()} and restore it with
 * {@link #parse(String)}; its content is the connector's business.
 */
public final class Checkpoint {

  private static final Checkpoint INITIAL = new Checkpoint("");

  private final String value;

  private Checkpoint(String value) {
    this.value = value;
  }

  /**
   * The checkpoint before any change: {@code changesSince(object, initial())} returns everything.
   */
  public static Checkpoint initial() {
    return INITIAL;
  }

  /** Restores a checkpoint saved with {@link #asString()}. */
  public static Checkpoint parse(String value) {
    Objects.requireNonNull(value, "value");
    return value.isEmpty() ? INITIAL : new Checkpoint(value);
  }

  /** The checkpoint as a string, for storage. */
  public String asString() {
    return value;
  }

  /** True for {@link #initial()}. */
  public boolean isInitial() {
    return value.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Checkpoint c && value.equals(c.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return "Checkpoint{" + value + '}';
  }
}
