package io.ikarus.connects.testkit.internal.dynamics;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Web API's reading of the shared {@link FakeRequest} (resource path, {@code Prefer}
 * preferences, JSON bodies) and its {@link FakeResponse}s (OData version header, OData JSON, error
 * bodies).
 */
final class OData {

  /** The Web API root, the prefix of every resource path. */
  static final String ROOT = "/api/data/v9.2/";

  private static final String JSON = "application/json; odata.metadata=minimal";

  private OData() {}

  /** The path after {@link #ROOT}, "" for the root itself. */
  static String resource(FakeRequest req) {
    String path = req.path();
    return path.length() <= ROOT.length() ? "" : path.substring(ROOT.length());
  }

  /** The value of a {@code Prefer} preference ({@code ""} when it has none), or null. */
  static String preference(FakeRequest req, String name) {
    String prefer = req.header("Prefer");
    if (prefer == null) {
      return null;
    }
    for (String p : prefer.split(",")) {
      String t = p.strip();
      if (t.equals(name)) {
        return "";
      }
      if (t.startsWith(name + "=")) {
        return t.substring(name.length() + 1).replace("\"", "");
      }
    }
    return null;
  }

  /** Parses a JSON object body; a malformed one is a 400 like Dataverse's. */
  static Map<String, Object> object(String body) {
    Map<String, Object> m =
        Json.read(
            body,
            new TypeReference<LinkedHashMap<String, Object>>() {},
            why -> ODataException.badRequest("Error parsing the request body: " + why));
    if (m == null) {
      throw ODataException.badRequest("The request body must be a JSON object.");
    }
    return m;
  }

  /** Parses a JSON array; a malformed one is a 400. */
  static List<Object> array(String text) {
    return Json.read(
        text,
        new TypeReference<List<Object>>() {},
        why -> ODataException.badRequest("Invalid JSON array: " + why));
  }

  /** A response without a body, with {@code headers}. */
  static FakeResponse empty(int status, Map<String, String> headers) {
    FakeResponse r = FakeResponse.empty(status).header("OData-Version", "4.0");
    headers.forEach(r::header);
    return r;
  }

  /** A response body that starts with its {@code @odata.context}, for the caller to fill. */
  static Map<String, Object> body(String context) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("@odata.context", context);
    return body;
  }

  /** An OData JSON response of {@code body} (serialised here) carrying {@code records} records. */
  static FakeResponse json(int status, Object body, int records) {
    return FakeResponse.text(status, JSON, Json.write(body))
        .header("OData-Version", "4.0")
        .records(records);
  }

  /** The OData error body {@code {"error":{"code","message"}}} of {@code e}. */
  static FakeResponse error(ODataException e) {
    ObjectNode inner = Json.object().put("code", e.code()).put("message", e.getMessage());
    return json(e.status(), Json.object().set("error", inner), 0);
  }
}
