package io.ikarus.connects.testkit.internal.dynamics;

import io.ikarus.connects.testkit.FakeRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads function parameters written inline ({@code Fn(P='x')}) or through aliases ({@code
 * Fn(P=@p1)?@p1=["a"]}); alias values are OData literals or JSON arrays.
 */
final class FunctionParameters {

  private FunctionParameters() {}

  static Map<String, Object> parse(ResourcePath.Segment call, FakeRequest req) {
    Map<String, Object> params = new LinkedHashMap<>();
    String key = call.key() == null ? "" : call.key().strip();
    if (key.isEmpty()) {
      return params;
    }
    for (String pair : key.split(",")) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw ODataException.badRequest("Bad Request - Error in query syntax: '" + key + "'.");
      }
      String value = pair.substring(eq + 1).strip();
      if (value.startsWith("@")) {
        value = OData.query(req).get(value);
        if (value == null) {
          throw ODataException.badRequest(
              "The parameter alias '" + pair.substring(eq + 1) + "' was not given a value.");
        }
      }
      params.put(pair.substring(0, eq).strip(), value(value));
    }
    return params;
  }

  private static Object value(String text) {
    if (text.startsWith("[")) {
      return List.copyOf(OData.array(text));
    }
    return FilterParser.literal(text);
  }
}
