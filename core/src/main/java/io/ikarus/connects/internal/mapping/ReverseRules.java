package io.ikarus.connects.internal.mapping;

import io.ikarus.connects.mapping.Transform;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Derives the rules of a reverse mapping. Each rule must read one plain source field through an
 * invertible transform; constant rules are skipped (nothing to write back). Every problem is
 * collected, so one error names all the rules that stand in the way.
 *
 * @param rules the reverse rules, when {@code problems} is empty
 * @param problems why the mapping cannot be reversed, one line per rule
 */
public record ReverseRules(List<FieldRule> rules, List<String> problems) {

  /** Validates and copies. */
  public ReverseRules {
    rules = List.copyOf(rules);
    problems = List.copyOf(problems);
  }

  /** Derives the reverse of {@code forward}. */
  public static ReverseRules of(List<FieldRule> forward) {
    List<FieldRule> rules = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Set<String> written = new HashSet<>();
    for (FieldRule rule : forward) {
      if (rule.sources().isEmpty()) {
        continue;
      }
      String problem = problem(rule);
      Optional<Transform> inverse = rule.transform().inverse();
      if (problem == null && inverse.isEmpty()) {
        problem = "transform " + rule.transform().name() + " is not invertible";
      }
      if (problem == null && !written.add(rule.sources().get(0).root())) {
        problem = "source field " + rule.sourceText() + " is also written by another rule";
      }
      if (problem != null) {
        problems.add("'" + rule.target() + "': " + problem);
      } else {
        FieldPath from = FieldPath.parse(rule.sourceText(), rule.target());
        rules.add(
            new FieldRule(rule.sourceText(), List.of(from), inverse.get(), false, false, null));
      }
    }
    return new ReverseRules(rules, problems);
  }

  private static String problem(FieldRule rule) {
    if (rule.sources().size() > 1) {
      return "it combines several sources (" + rule.sourceText() + ")";
    }
    if (!rule.sources().get(0).isSimple()) {
      return "source path '" + rule.sourceText() + "' is not a plain field name";
    }
    return null;
  }
}
