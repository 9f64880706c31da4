package io.ikarus.connects.testkit.internal.pipedrive;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.ikarus.connects.testkit.internal.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values Pipedrive fills in on create, before the request's own values: per entity from {@code
 * defaults.json}, and a person's {@code name} from {@code first_name} and {@code last_name}.
 */
final class PdDefaults {

  private static final Map<String, ObjectNode> DEFAULTS =
      Json.resource(
          "/io/ikarus/connects/testkit/pipedrive/defaults.json",
          new TypeReference<Map<String, ObjectNode>>() {});

  private PdDefaults() {}

  /** The defaults of {@code entity}, some derived from the create's {@code changes}. */
  static Map<String, Object> of(PdEntity entity, Map<String, Object> changes) {
    Map<String, Object> d = new LinkedHashMap<>();
    if (entity == PdEntity.PERSONS) {
      person(d, changes);
    }
    DEFAULTS
        .get(entity.path())
        .fields()
        .forEachRemaining(e -> d.put(e.getKey(), e.getValue().deepCopy()));
    return d;
  }

  private static void person(Map<String, Object> d, Map<String, Object> changes) {
    JsonNode name = (JsonNode) changes.get("name");
    JsonNode first = (JsonNode) changes.get("first_name");
    JsonNode last = (JsonNode) changes.get("last_name");
    boolean hasName = name != null && name.isTextual() && !name.asText().isBlank();
    boolean hasParts = first != null && first.isTextual() && last != null && last.isTextual();
    if (!hasName && !hasParts) {
      throw PdFailure.badRequest(
          "Parameter 'name' or both 'first_name' and 'last_name' are required");
    }
    if (!hasName) {
      d.put("name", TextNode.valueOf(first.asText() + " " + last.asText()));
    }
  }
}
