package io.ikarus.connects.testkit.internal.dynamics;

import java.math.BigDecimal;
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
      if (!hasGuid()) {
        throw ODataException.badRequest("Bad Request - Error in query syntax: '" + key + "'.");
      }
      return UUID.fromString(key);
    }

    /** The key as {@code name=value} pairs (alternate keys, LogicalName='x'). */
    Map<String, Object> pairs() {
      FilterLexer lexer = new FilterLexer(key == null ? "" : key);
      Map<String, Object> pairs = new LinkedHashMap<>();
      do {
        String name = lexer.word();
        lexer.expect('=');
        pairs.put(name, lexer.peekString() ? lexer.string() : new BigDecimal(lexer.word()));
      } while (lexer.accept(','));
      lexer.expectEnd();
      return pairs;
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

  /** Splits {@code text} at the {@code separator}s outside quotes and parentheses. */
  static List<String> split(String text, char separator) {
    List<String> parts = new ArrayList<>();
    boolean quoted = false;
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')') {
        depth--;
      } else if (c == separator && !quoted && depth == 0) {
        parts.add(text.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(text.substring(start));
    return parts;
  }

  private static Segment segment(String text) {
    int open = text.indexOf('(');
    if (open < 0) {
      return new Segment(text, null);
    }
    if (!text.endsWith(")")) {
      throw ODataException.badRequest("Bad Request - Error in query syntax: '" + text + "'.");
    }
    return new Segment(text.substring(0, open), text.substring(open + 1, text.length() - 1));
  }
}
