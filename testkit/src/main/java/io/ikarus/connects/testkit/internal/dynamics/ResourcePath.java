package io.ikarus.connects.testkit.internal.dynamics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A Web API resource path split into segments such as {@code accounts(<guid>)}, {@code
 * contact_customer_accounts} and {@code $ref}. Quoted key values may contain {@code /} and {@code
 * )}.
 */
final class ResourcePath {

  /** A bare GUID, as in keys and filter literals. */
  static final Pattern GUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  /**
   * One segment.
   *
   * @param name the name before any parentheses
   * @param key the text inside the parentheses, or null when there are none
   */
  record Segment(String name, String key) {

    /** True when the key is a bare GUID. */
    boolean hasGuid() {
      return key != null && GUID.matcher(key).matches();
    }

    /** The key as a GUID; a malformed one is a 400. */
    UUID guid() {
      return ResourcePath.guid(key);
    }

    /**
     * The key as {@code name=value} pairs (alternate keys, LogicalName='x'), each value a non-null
     * OData literal.
     */
    Map<String, Object> pairs() {
      Map<String, Object> pairs = new LinkedHashMap<>();
      params().forEach((name, text) -> pairs.put(name, FilterParser.literal(text)));
      if (pairs.containsValue(null)) {
        throw syntaxError(key);
      }
      return pairs;
    }

    /**
     * The key as {@code name=text} pairs split at the commas outside quotes, the values as written
     * (function parameters, which may be aliases).
     */
    Map<String, String> params() {
      Map<String, String> params = new LinkedHashMap<>();
      for (String pair : split(key == null ? "" : key, ',')) {
        int eq = pair.indexOf('=');
        if (eq <= 0) {
          throw syntaxError(key);
        }
        params.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
      }
      return params;
    }
  }

  private ResourcePath() {}

  /** Splits {@code resource} at the slashes that are outside quotes and parentheses. */
  static List<Segment> parse(String resource) {
    List<String> parts = split(resource, '/');
    if (parts.get(parts.size() - 1).isEmpty()) {
      parts.remove(parts.size() - 1);
    }
    return parts.stream().map(ResourcePath::segment).toList();
  }

  /** Splits {@code text} at the {@code separator}s outside quotes, parentheses and brackets. */
  static List<String> split(String text, char separator) {
    List<String> parts = new ArrayList<>();
    boolean quoted = false;
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && (c == '(' || c == '[')) {
        depth++;
      } else if (!quoted && (c == ')' || c == ']')) {
        depth--;
      } else if (c == separator && !quoted && depth == 0) {
        parts.add(text.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(text.substring(start));
    return parts;
  }

  /** {@code text} as a GUID; anything else is a 400. */
  static UUID guid(String text) {
    if (text == null || !GUID.matcher(text).matches()) {
      throw syntaxError(text);
    }
    return UUID.fromString(text);
  }

  /** OData's 400 for a segment or key it cannot read. */
  static ODataException syntaxError(String text) {
    return ODataException.badRequest("Bad Request - Error in query syntax: '" + text + "'.");
  }

  private static Segment segment(String text) {
    int open = text.indexOf('(');
    if (open < 0) {
      return new Segment(text, null);
    }
    if (!text.endsWith(")")) {
      throw syntaxError(text);
    }
    return new Segment(text.substring(0, open), text.substring(open + 1, text.length() - 1));
  }
}
