package io.ikarus.connects.internal.mapping;

import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.FieldError;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.mapping.UnmappedFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Applies mapping rules to one record, collecting every field error before failing. */
public final class MappingEngine {

  private final List<FieldRule> rules;
  private final UnmappedFields unmapped;
  private final Set<String> mappedRoots = new HashSet<>();
  private final MappedFields.Targets targets;

  /** Creates an engine for {@code rules}. */
  public MappingEngine(List<FieldRule> rules, UnmappedFields unmapped) {
    this.rules = List.copyOf(rules);
    this.unmapped = unmapped;
    rules.forEach(r -> r.sources().forEach(p -> mappedRoots.add(p.root())));
    this.targets =
        MappedFields.Targets.of(this.rules.stream().map(FieldRule::target).toArray(String[]::new));
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
    for (int i = 0; i < rules.size(); i++) {
      FieldError error = applyRule(rules.get(i), i, source, out);
      if (error != null) {
        errors = errors == null ? new ArrayList<>() : errors;
        errors.add(error);
      }
    }
    for (Map.Entry<String, Object> e : source.entrySet()) {
      if (unmapped == UnmappedFields.DROP) {
        break;
      }
      if (mappedRoots.contains(e.getKey())) {
        continue;
      }
      if (unmapped == UnmappedFields.PASS_THROUGH) {
        out.putIfAbsent(e.getKey(), e.getValue());
      } else {
        errors = errors == null ? new ArrayList<>() : errors;
        errors.add(
            new FieldError(
                e.getKey(),
                "UNMAPPED_FIELD",
                "source field has no mapping (value " + show(e.getValue()) + ")"));
      }
    }
    if (errors != null) {
      throw new ValidationException(
          what + " does not fit the mapping: " + errors.size() + " field error(s)",
          ErrorContext.of(null, "map"),
          errors);
    }
    return out;
  }

  /** Maps one rule into {@code out}; its field error, or null. */
  private static FieldError applyRule(
      FieldRule rule, int slot, Map<String, Object> source, MappedFields out) {
    boolean present = rule.sources().isEmpty();
    Object input;
    if (rule.sources().size() == 1) {
      input = rule.sources().get(0).read(source);
      present = input != FieldPath.MISSING;
      input = present ? input : null;
    } else {
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
      value = rule.transform().apply(input);
    } catch (RuntimeException e) {
      return invalid(rule, input, e);
    }
    if (value == null && rule.hasDefault()) {
      value = rule.defaultValue();
      present = true;
    }
    if (value == null && rule.required()) {
      return new FieldError(
          rule.target(),
          "REQUIRED_FIELD_MISSING",
          "required, but source " + rule.sourceText() + " has no value (" + show(input) + ")");
    }
    if (present || value != null) {
      out.set(slot, value);
    }
    return null;
  }

  private static FieldError invalid(FieldRule rule, Object input, RuntimeException e) {
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
