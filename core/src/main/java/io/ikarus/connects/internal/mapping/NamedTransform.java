package io.ikarus.connects.internal.mapping;

import io.ikarus.connects.mapping.Transform;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** A transform with a name and, when invertible, an inverse. */
public final class NamedTransform implements Transform {

  /** The identity transform. */
  public static final NamedTransform IDENTITY = new NamedTransform("identity", v -> v, null);

  private final String name;
  private final Function<Object, Object> function;
  private final boolean nullSafe;
  private final Transform inverse;

  /**
   * Creates a transform.
   *
   * @param inverse the inverse, or null when not invertible
   */
  public NamedTransform(String name, Function<Object, Object> function, Transform inverse) {
    this(name, function, false, inverse);
  }

  /**
   * Creates a transform; when {@code nullSafe}, null gives null without calling {@code function}
   * (tested here rather than in a wrapping lambda, so a call costs one dispatch, not two).
   */
  private NamedTransform(
      String name, Function<Object, Object> function, boolean nullSafe, Transform inverse) {
    this.name = Objects.requireNonNull(name, "name");
    this.function = Objects.requireNonNull(function, "function");
    this.nullSafe = nullSafe;
    this.inverse = inverse;
  }

  /** A null-safe normaliser: idempotent, so the identity is its inverse. */
  public static Transform normalizer(String name, Function<Object, Object> onNonNull) {
    return new NamedTransform(name, onNonNull, true, IDENTITY);
  }

  /** A null-safe transform that is not invertible. */
  public static Transform oneWay(String name, Function<Object, Object> onNonNull) {
    return new NamedTransform(name, onNonNull, true, null);
  }

  /** {@code first} then {@code second}; invertible when both are. */
  public static Transform chain(Transform first, Transform second) {
    return new Chain(first, second);
  }

  @Override
  public Object apply(Object value) {
    return nullSafe && value == null ? null : function.apply(value);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Optional<Transform> inverse() {
    return this == IDENTITY ? Optional.of(this) : Optional.ofNullable(inverse);
  }

  @Override
  public String toString() {
    return name;
  }

  /** Two transforms in sequence; the inverse is built on demand, as inverses have inverses. */
  private record Chain(Transform first, Transform second) implements Transform {
    @Override
    public Object apply(Object value) {
      return second.apply(first.apply(value));
    }

    @Override
    public String name() {
      return first.name() + "|" + second.name();
    }

    @Override
    public Optional<Transform> inverse() {
      Optional<Transform> a = first.inverse();
      Optional<Transform> b = second.inverse();
      return a.isPresent() && b.isPresent()
          ? Optional.of(chain(b.get(), a.get()))
          : Optional.empty();
    }
  }
}
