package io.ikarus.connects.generic.fakes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Zoho's search criteria: {@code (Field:op:value)} groups joined by {@code and}, with {@code (},
 * {@code )}, {@code ,} and {@code \} in values escaped by a backslash; operators {@code equals} and
 * {@code starts_with}. A malformed criteria string is refused.
 */
final class ZohoSearch {

  Predicate<String> parse(String criteria, RecordTable table) {
    if (criteria == null || !criteria.startsWith("(") || !criteria.endsWith(")")) {
      throw new IllegalArgumentException("criteria must be (Field:op:value) groups");
    }
    List<String> groups = groups(criteria.substring(1, criteria.length() - 1));
    Predicate<String> all = id -> true;
    for (String g : groups) {
      String[] parts = g.split(":", 3);
      String field = parts[0];
      String op = parts[1];
      String value = unescape(parts[2]);
      Predicate<String> one =
          id -> {
            Object v = table.get(id).get(field);
            return v != null
                && (op.equals("equals")
                    ? v.toString().equals(value)
                    : v.toString().startsWith(value));
          };
      all = all.and(one);
    }
    return all;
  }

  private static List<String> groups(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && cur != null && i + 1 < s.length()) {
        cur.append(c).append(s.charAt(++i));
      } else if (c == '(' && cur == null) {
        cur = new StringBuilder();
      } else if (c == ')' && cur != null) {
        out.add(cur.toString());
        cur = null;
      } else if (cur != null) {
        cur.append(c);
      } else if (!s.startsWith("and", i) && !s.startsWith("nd", i) && !s.startsWith("d", i)) {
        throw new IllegalArgumentException("unexpected text between groups at " + i);
      }
    }
    if (out.isEmpty()) {
      out.add(s);
    }
    return out;
  }

  private static String unescape(String v) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '\\' && i + 1 < v.length()) {
        c = v.charAt(++i);
      } else if (c == '(' || c == ')' || c == ',') {
        throw new IllegalArgumentException("unescaped " + c + " in a criteria value");
      }
      out.append(c);
    }
    return out.toString();
  }
}
