package io.ikarus.connects.hubspot.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the input a batch result was written from by its property values, for responses that echo
 * no trace id and no key: the open input agreeing with the result on the most properties, when that
 * input is unique or every such input sent the same values (so any of them is the right one).
 */
final class ValueMatch {

  private ValueMatch() {}

  /** The index into {@code inputs} of the best open input, or -1 when none or ambiguous. */
  static int best(Map<?, ?> resultProperties, List<SentInput> inputs, boolean[] open) {
    int best = -1;
    int bestScore = 0;
    boolean ambiguous = false;
    for (int i = 0; i < inputs.size(); i++) {
      if (!open[i]) {
        continue;
      }
      int score = score(resultProperties, inputs.get(i).properties());
      if (score > bestScore) {
        best = i;
        bestScore = score;
        ambiguous = false;
      } else if (score == bestScore && best >= 0 && !sameValues(inputs, best, i)) {
        ambiguous = true;
      }
    }
    return ambiguous ? -1 : best;
  }

  private static int score(Map<?, ?> result, Map<String, String> sent) {
    int score = 0;
    for (Map.Entry<String, String> e : sent.entrySet()) {
      Object got = result.get(e.getKey());
      if (got != null && normalize(got.toString()).equals(normalize(e.getValue()))) {
        score++;
      }
    }
    return score;
  }

  private static boolean sameValues(List<SentInput> inputs, int a, int b) {
    return inputs.get(a).properties().equals(inputs.get(b).properties());
  }

  /** Case, surrounding blanks and number spelling ({@code 12.50} is {@code 12.5}) do not count. */
  static String normalize(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    if (!v.isEmpty() && v.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == '-')) {
      try {
        return new BigDecimal(v).stripTrailingZeros().toPlainString();
      } catch (NumberFormatException e) {
        return v;
      }
    }
    return v;
  }
}
