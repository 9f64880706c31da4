package io.ikarus.connects.internal.mapping;

import io.ikarus.connects.mapping.Transform;
import java.util.List;
import java.util.Objects;

/**
 * How one target field is made: from zero (a constant), one or several source paths, through a
 * transform, with an optional default and a required flag.
 *
 * @param target the target field
 * @param sources the source paths; several give the transform a list of values
 * @param transform the transform, identity when none
 * @param required true when the record fails without a value
 * @param hasDefault true when {@code defaultValue} replaces a missing or null value
 * @param defaultValue the default, when {@code hasDefault}
 */
public record FieldRule(
    String target,
    List<FieldPath> sources,
    Transform transform,
    boolean required,
    boolean hasDefault,
    Object defaultValue) {

  /** Validates and copies. */
  public FieldRule {
    Objects.requireNonNull(target, "target");
    sources = List.copyOf(sources);
    Objects.requireNonNull(transform, "transform");
  }

  /** A copy that is required. */
  public FieldRule asRequired() {
    return new FieldRule(target, sources, transform, true, hasDefault, defaultValue);
  }

  /** A copy with a default value. */
  public FieldRule withDefault(Object value) {
    return new FieldRule(target, sources, transform, required, true, value);
  }

  /** The source paths as written, joined by commas, for messages. */
  public String sourceText() {
    return sources.isEmpty()
        ? "(constant)"
        : String.join(", ", sources.stream().map(FieldPath::text).toList());
  }
}
