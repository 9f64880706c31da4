package io.ikarus.connects.mapping;

import io.ikarus.connects.internal.mapping.NamedTransform;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns one source value into a target value. Most transforms pass {@code null} through unchanged;
 * {@link Transforms} has the ready-made ones. A transform refuses a value it cannot handle by
 * throwing {@link IllegalArgumentException} with the reason; {@link FieldMapping} turns that into a
 * field error of the record, naming the field and the value.
 *
 * <p>A transform is <em>invertible</em> when {@link #inverse()} gives a {@code g} with {@code
 * apply(g.apply(y)).equals(y)} for every {@code y} this transform produces: what a reverse mapping
 * needs so that writing a value back and mapping it forward again changes nothing. Normalisers such
 * as {@link Transforms#trim()} qualify with the identity as inverse because they are idempotent.
 *
 * <pre>{@code
 * Transform t = Transforms.trim().andThen(Transforms.lower());
 * t.apply("  Ada@Example.COM ");   // "ada@example.com"
 * }</pre>
 *
 * <p>Implementations must be thread-safe and free of side effects.
 */
@FunctionalInterface
public interface Transform {

  /**
   * Transforms a value.
   *
   * @param value the source value, possibly null
   * @return the target value, possibly null
   * @throws IllegalArgumentException with the reason, when the value cannot be transformed
   */
  Object apply(Object value);

  /** A short name for messages, such as {@code "trim"}; {@code "custom"} unless given. */
  default String name() {
    return "custom";
  }

  /** The inverse, when this transform is invertible; empty otherwise (the default). */
  default Optional<Transform> inverse() {
    return Optional.empty();
  }

  /**
   * Returns a transform that applies this one, then {@code next}. It is invertible when both are,
   * with inverse {@code next.inverse()} then {@code this.inverse()}.
   */
  default Transform andThen(Transform next) {
    return NamedTransform.chain(this, Objects.requireNonNull(next, "next"));
  }

  /** A named, non-invertible transform from a function. */
  static Transform of(String name, Function<Object, Object> function) {
    return new NamedTransform(name, function, null);
  }

  /** A named transform with its inverse function. */
  static Transform of(
      String name, Function<Object, Object> function, Function<Object, Object> inverse) {
    Objects.requireNonNull(inverse, "inverse");
    return new NamedTransform(name, function, new NamedTransform(name + "^-1", inverse, null));
  }

  /** The transform that returns its input; its own inverse. */
  static Transform identity() {
    return NamedTransform.IDENTITY;
  }
}
