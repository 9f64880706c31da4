package io.ikarus.connects.spi;

import io.ikarus.connects.ConfigurationException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Strict reading of configuration sections: an unknown key is an error naming it and its closest
 * valid neighbour (a misspelled {@code "option"} must not silently drop {@code base_url}), and a
 * whole number is never rounded from a fraction. For connector providers and config-driven
 * connectors.
 */
public final class ConfigKeys {

  private ConfigKeys() {}

  /**
   * Refuses any key of {@code section} that is not in {@code known}.
   *
   * @param where the section's path, such as {@code "options"}, or empty for the top level
   * @throws ConfigurationException naming the first unknown key (in sorted order) and the closest
   *     known one
   */
  public static void requireKnown(String where, Map<String, ?> section, Collection<String> known) {
    for (String key : new TreeSet<>(section.keySet())) {
      if (!known.contains(key)) {
        String path = path(where, key);
        String hint = closest(key, known);
        throw new ConfigurationException(
            path,
            "unknown configuration key '"
                + path
                + "'"
                + (hint == null ? "" : "; did you mean '" + path(where, hint) + "'?")
                + " Valid keys: "
                + new TreeSet<>(known));
      }
    }
  }

  /**
   * The candidate closest to {@code key} by edit distance, ignoring case, or null when none is
   * within {@code max(3, length / 3)} edits and none contains the key (a prefix typed: {@code zoho}
   * finds {@code zoho-crm}). Of equally close candidates one that contains the key, or holds in
   * full, wins; then the alphabetically first.
   */
  public static String closest(String key, Collection<String> candidates) {
    String lower = key.toLowerCase(Locale.ROOT);
    String best = null;
    int bestScore = Integer.MAX_VALUE;
    boolean bestContains = false;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : new TreeSet<>(candidates)) {
      String c = candidate.toLowerCase(Locale.ROOT);
      int d = distance(lower, c);
      boolean contains = c.contains(lower) || lower.contains(c);
      int score = d * 2 - (contains ? 1 : 0);
      if (score < bestScore) {
        best = candidate;
        bestScore = score;
        bestContains = contains;
        bestDistance = d;
      }
    }
    return bestContains || bestDistance <= Math.max(3, key.length() / 3) ? best : null;
  }

  /**
   * Reads {@code value} as a whole number: a JSON number without a fraction, or a string holding
   * one. {@code 2.0} is 2; {@code 2.7} is an error, never 2.
   *
   * @param key the full path of the key, for the message
   * @throws ConfigurationException naming the key when the value is not a whole number
   */
  public static long wholeNumber(String key, Object value) {
    try {
      return new BigDecimal(value.toString().trim()).stripTrailingZeros().longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw new ConfigurationException(key, key + " must be a whole number, not " + value, e);
    }
  }

  private static String path(String where, String key) {
    return where == null || where.isEmpty() ? key : where + "." + key;
  }

  /** Levenshtein distance; configuration keys are short, so the quadratic table is fine. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
