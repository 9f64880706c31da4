package io.ikarus.connects.testkit.internal.salesforce;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.FakeRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/** Request-body checks shared by the REST resources: JSON content type and well-formed JSON. */
final class SfBodies {

  private SfBodies() {}

  /** The JSON body of a POST/PATCH, refusing other media types (415) and bad JSON (400). */
  static JsonNode json(FakeRequest request) {
    if (!request.mediaType().equals("application/json")) {
      throw SfFailure.unsupportedMediaType(request.mediaType());
    }
    try {
      return request.json();
    } catch (JsonProcessingException e) {
      throw SfFailure.badRequest("JSON_PARSER_ERROR", e.getOriginalMessage());
    }
  }

  /** The body as a JSON object, refusing arrays and scalars. */
  static ObjectNode object(FakeRequest request) {
    JsonNode node = json(request);
    if (!node.isObject()) {
      throw SfFailure.badRequest(
          "JSON_PARSER_ERROR",
          "Cannot deserialize instance of SObject out of " + node.getNodeType());
    }
    return (ObjectNode) node;
  }

  /** The record fields of a JSON object, without the {@code attributes} key. */
  static Map<String, JsonNode> fields(ObjectNode node) {
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    node.properties().forEach(e -> fields.put(e.getKey(), e.getValue()));
    fields.remove("attributes");
    return fields;
  }

  /**
   * The key {@code fields} holds field {@code name} under, in any case (as Salesforce reads it).
   */
  static String key(Map<String, ?> fields, String name) {
    return fields.keySet().stream().filter(k -> k.equalsIgnoreCase(name)).findFirst().orElse(name);
  }
}
