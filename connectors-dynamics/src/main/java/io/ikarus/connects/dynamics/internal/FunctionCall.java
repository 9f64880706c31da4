package io.ikarus.connects.dynamics.internal;

import io.ikarus.connects.spi.Json;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The URL of a function call, {@code Name(P1=@p1,P2=@p2)?@p1=...}: every parameter goes through an
 * alias, written as an OData literal (strings quoted with {@code ''} escapes) or, for collections
 * and maps, as JSON, so no value can change the URL's structure.
 *
 * @param path the path segment with the alias list
 * @param aliases the alias values, by alias name ({@code @p1})
 */
public record FunctionCall(String path, Map<String, String> aliases) {

  /** Builds the call of {@code name} with {@code params} in their iteration order. */
  public static FunctionCall of(String name, Map<String, Object> params) {
    List<String> assignments = new ArrayList<>();
    Map<String, String> aliases = new LinkedHashMap<>();
    int n = 1;
    for (Map.Entry<String, Object> p : params.entrySet()) {
      String alias = "@p" + n++;
      assignments.add(ODataLiterals.name(p.getKey(), "function") + "=" + alias);
      aliases.put(alias, literal(p.getValue()));
    }
    return new FunctionCall(name + "(" + String.join(",", assignments) + ")", aliases);
  }

  private static String literal(Object value) {
    if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
      return Json.write(value);
    }
    return ODataLiterals.literal(value);
  }
}
