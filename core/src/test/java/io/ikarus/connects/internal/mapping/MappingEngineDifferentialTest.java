package io.ikarus.connects.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.error.FieldError;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.mapping.Transform;
import io.ikarus.connects.mapping.Transforms;
import io.ikarus.connects.mapping.UnmappedFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The engine with its per-rule arrays and identity shortcut maps every record as the loop over
 * {@link FieldRule}s it replaced (issue 20, item 1): same fields, values and order, or the same
 * field errors, over random records with missing, null, refused and nested values, for every
 * unmapped-field policy.
 */
class MappingEngineDifferentialTest {

  private static final String[] SOURCES = {"a", "b", "c", "n.x", "n.y", "list[0]"};
  private static final Object[] VALUES = {null, "", " x ", "Ada", "yes", "12", "1.5", 7, "no@"};

  @Test
  void engineMapsAsTheRuleLoopDid() {
    Random random = new Random(29);
    int failures = 0;
    for (int m = 0; m < 300; m++) {
      List<FieldRule> rules = randomRules(random);
      for (UnmappedFields policy : UnmappedFields.values()) {
        MappingEngine engine = new MappingEngine(rules, policy);
        for (int r = 0; r < 30; r++) {
          Map<String, Object> record = randomRecord(random);
          String expected = outcome(() -> oldApply(rules, policy, record));
          String actual = outcome(() -> engine.apply(record, "record"));
          assertThat(actual).as("%s on %s, %s", rules, record, policy).isEqualTo(expected);
          failures += expected.startsWith("refused") ? 1 : 0;
        }
      }
    }
    assertThat(failures).as("records refused").isBetween(1000, 25_000);
  }

  private static List<FieldRule> randomRules(Random random) {
    Transform[] transforms = {
      Transform.identity(),
      Transform.identity(),
      Transforms.trim(),
      Transforms.toInteger(),
      Transforms.toBoolean(),
      Transforms.defaultValue("d"),
      Transforms.email(),
      Transforms.concat("-"),
      Transforms.constant(null)
    };
    List<FieldRule> rules = new ArrayList<>();
    for (int i = random.nextInt(6); i >= 0; i--) {
      List<FieldPath> paths = new ArrayList<>();
      for (int k = random.nextInt(4) == 0 ? random.nextInt(3) : 1; k > 0; k--) {
        paths.add(FieldPath.parse("T" + i, SOURCES[random.nextInt(SOURCES.length)]));
      }
      FieldRule rule =
          new FieldRule(
              "T" + i, paths, transforms[random.nextInt(transforms.length)], false, false, null);
      rule = random.nextInt(4) == 0 ? rule.asRequired() : rule;
      rule = random.nextInt(4) == 0 ? rule.withDefault("D") : rule;
      rules.add(rule);
    }
    return rules;
  }

  private static Map<String, Object> randomRecord(Random random) {
    Map<String, Object> record = new LinkedHashMap<>();
    for (String name : new String[] {"a", "b", "c", "z"}) {
      if (random.nextInt(4) != 0) {
        record.put(name, VALUES[random.nextInt(VALUES.length)]);
      }
    }
    if (random.nextBoolean()) {
      Map<String, Object> nested = new LinkedHashMap<>();
      nested.put("x", VALUES[random.nextInt(VALUES.length)]);
      record.put("n", nested);
    }
    if (random.nextBoolean()) {
      List<Object> list = new ArrayList<>();
      list.add(VALUES[random.nextInt(VALUES.length)]);
      record.put("list", list);
    }
    return record;
  }

  /** The fields in their order with their values' types, or the refusal and its field errors. */
  private static String outcome(Supplier<Map<String, Object>> call) {
    try {
      StringBuilder sb = new StringBuilder();
      call.get()
          .forEach(
              (k, v) ->
                  sb.append(k)
                      .append('=')
                      .append(v)
                      .append(v == null ? "" : ":" + v.getClass().getSimpleName())
                      .append(';'));
      return sb.toString();
    } catch (ValidationException e) {
      return "refused: " + e.getMessage() + " " + e.fieldErrors();
    }
  }

  /**
   * The engine as it was: a loop over the rule list, each rule's sources and transform read (the
   * field errors are the engine's own, as their text did not change).
   */
  private static Map<String, Object> oldApply(
      List<FieldRule> rules, UnmappedFields unmapped, Map<String, Object> source) {
    Set<String> mappedRoots = new HashSet<>();
    rules.forEach(r -> r.sources().forEach(p -> mappedRoots.add(p.root())));
    Map<String, Object> out = new LinkedHashMap<>();
    List<FieldError> errors = null;
    for (FieldRule rule : rules) {
      FieldError error = oldRule(rule, source, out);
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
        errors.add(MappingEngine.unmappedField(e.getKey(), e.getValue()));
      }
    }
    if (errors != null) {
      throw new ValidationException(
          "record does not fit the mapping: " + errors.size() + " field error(s)",
          io.ikarus.connects.error.ErrorContext.of(null, "map"),
          errors);
    }
    return out;
  }

  private static FieldError oldRule(
      FieldRule rule, Map<String, Object> source, Map<String, Object> out) {
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
      return MappingEngine.invalid(rule, input, e);
    }
    if (value == null && rule.hasDefault()) {
      value = rule.defaultValue();
      present = true;
    }
    if (value == null && rule.required()) {
      return MappingEngine.missing(rule, input);
    }
    if (present || value != null) {
      out.put(rule.target(), value);
    }
    return null;
  }
}
