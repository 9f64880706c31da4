package io.ikarus.connects.testkit.internal.dynamics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads and type-checks the JSON parameters of an action. */
final class ActionParameters {

  private ActionParameters() {}

  /** The parameters in {@code body}; every one of {@code types} (name to EDM type) is required. */
  static Map<String, Object> read(String body, String action, Map<String, String> types) {
    Map<String, Object> json = body.isBlank() ? Map.of() : OData.object(body);
    for (String name : json.keySet()) {
      if (!types.containsKey(name)) {
        throw ODataException.badRequest(
            "The parameter '"
                + name
                + "' in the request payload is not a valid parameter for the operation '"
                + action
                + "'.");
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> t : types.entrySet()) {
      Object v = json.get(t.getKey());
      if (v == null) {
        throw ODataException.badRequest(
            "The parameter '" + t.getKey() + "' of the operation '" + action + "' is required.");
      }
      out.put(t.getKey(), check(v, t.getValue()));
    }
    return out;
  }

  private static Object check(Object v, String edm) {
    boolean ok =
        switch (edm) {
          case "Edm.Decimal" -> v instanceof Number;
          case "Edm.Int32" -> v instanceof Integer || v instanceof Long || v instanceof BigInteger;
          case "Edm.Boolean" -> v instanceof Boolean;
          default -> v instanceof String;
        };
    if (!ok) {
      throw ODataException.badRequest(
          "Cannot convert the literal '" + v + "' to the expected type '" + edm + "'.");
    }
    return edm.equals("Edm.Decimal") ? new BigDecimal(v.toString()) : v;
  }
}
