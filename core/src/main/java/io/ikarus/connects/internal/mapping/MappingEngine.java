package io.ikarus.connects.internal.mapping;

import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.FieldError;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.mapping.Transform;
import io.ikarus.connects.mapping.UnmappedFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Applies mapping rules to one record, collecting every field error before failing. */
public final class MappingEngine {

  private final FieldRule[] rules;
  private final FieldPath[] single;
  private final Transform[] transforms;
  private final UnmappedFields unmapped;
  private final Set<String> mappedRoots = new HashSet<>();
  private final MappedFields.Targets targets;

  /** Creates an engine for {@code rules}. */
  public MappingEngine(List<FieldRule> rules, UnmappedFields unmapped) {
    this.rules = rules.toArray(FieldRule[]::new);
    this.single = new FieldPath[this.rules.length];
    this.transforms = new Transform[this.rules.length];
    for (int i = 0; i < this.rules.length; i++) {
      FieldRule r = this.rules[i];
      single[i] = r.sources().size() == 1 ? r.sources().get(0) : null;
      transforms[i] = r.transform() == NamedTransform.IDENTITY ? null : r.transform();
    }
    this.unmapped = unmapped;
    rules.forEach(r -> r.sources().forEach(p -> mappedRoots.add(p.root())));
    this.targets =
        MappedFields.Targets.of(rules.stream().map(FieldRule::target).toArray(String[]::new));
  }

  /**
   * Maps {@code source}.
   *
   * @param what names the record in the error message, such as {@code "record 003xx"}
   * @throws ValidationException listing every missing or invalid field of the record
   */
  public Map<String, Object> apply(Map<String, Object> source, String what) {
    MappedFields out = new MappedFields(targets);
    List<FieldError> errors = null;
    for (int i = 0; i < rules.length; i++) {
      FieldError error = applyRule(i, source, out);
      if (error != null) {
        errors = errors == null ? new ArrayList<>() : errors;
        errors.add(error);
      }
    }
    if (unmapped != UnmappedFields.DROP) {
      errors = unmapped(source, out, errors);
    }
    if (errors != null) {
      throw new ValidationException(
          what + " does not fit the mapping: " + errors.size() + " field error(s)",
          ErrorContext.of(null, "map"),
          errors);
    }
    return out;
  }

  /** Passes through or refuses the source fields no rule reads; the errors so far, or null. */
  private List<FieldError> unmapped(
      Map<String, Object> source, MappedFields out, List<FieldError> errors) {
    for (Map.Entry<String, Object> e : source.entrySet()) {
      if (mappedRoots.contains(e.getKey())) {
        continue;
      }
      if (unmapped == UnmappedFields.PASS_THROUGH) {
        out.putIfAbsent(e.getKey(), e.getValue());
      } else {
        errors = errors == null ? new ArrayList<>() : errors;
        errors.add(unmappedField(e.getKey(), e.getValue()));
      }
    }
    return errors;
  }

  /**
   * Maps the rule at {@code slot} into {@code out}; its field error, or null. A rule of one source
   * path and the identity transform is a read and a store.
   */
  private FieldError applyRule(int slot, Map<String, Object> source, MappedFields out) {
    FieldRule rule = rules[slot];
    FieldPath path = single[slot];
    Transform transform = transforms[slot];
    boolean present;
    Object input;
    if (path != null) {
      input = path.read(source);
      present = input != FieldPath.MISSING;
      input = present ? input : null;
      if (transform == null && input != null) {
        out.set(slot, input);
        return null;
      }
    } else {
      present = rule.sources().isEmpty();
      List<Object> values = new ArrayList<>();
      for (FieldPath p : rule.sources()) {
        Object v = p.read(source);
        present |= v != FieldPath.MISSING;
        values.add(v == FieldPath.MISSING ? null : v);
      }
      input = rule.sources().isEmpty() ? null : values;
    }
    Object value;
    try {
      value = transform == null ? input : transform.apply(input);
    } catch (RuntimeException e) {
      return invalid(rule, input, e);
    }
    if (value == null && rule.hasDefault()) {
      value = rule.defaultValue();
      present = true;
    }
    if (value == null && rule.required()) {
      return missing(rule, input);
    }
    if (present || value != null) {
      out.set(slot, value);
    }
    return null;
  }

  static FieldError unmappedField(String key, Object value) {
    return new FieldError(
        key, "UNMAPPED_FIELD", "source field has no mapping (value " + show(value) + ")");
  }

  static FieldError missing(FieldRule rule, Object input) {
    return new FieldError(
        rule.target(),
        "REQUIRED_FIELD_MISSING",
        "required, but source " + rule.sourceText() + " has no value (" + show(input) + ")");
  }

  static FieldError invalid(FieldRule rule, Object input, RuntimeException e) {
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new FieldError(
        rule.target(),
        "INVALID_VALUE",
        "transform "
            + rule.transform().name()
            + " refused "
            + show(input)
            + " from source "
            + rule.sourceText()
            + ": "
            + reason);
  }

  /** A value for a message: quoted and cut to 40 characters. */
  static String show(Object value) {
    if (value == null) {
      return "null";
    }
    String s = value.toString();
    s = s.length() > 40 ? s.substring(0, 37) + "..." : s;
    return value instanceof CharSequence ? "'" + s + "'" : s;
  }
}
