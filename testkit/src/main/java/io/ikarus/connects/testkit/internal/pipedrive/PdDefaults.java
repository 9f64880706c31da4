package io.ikarus.connects.testkit.internal.pipedrive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.LinkedHashMap;
import java.util.Map;

/** The values Pipedrive fills in on create, before the request's own values. */
final class PdDefaults {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private PdDefaults() {}

  /** The defaults of {@code entity}, some derived from the create's {@code changes}. */
  static Map<String, Object> of(PdEntity entity, Map<String, Object> changes) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("owner_id", F.numberNode(1));
    switch (entity) {
      case DEALS -> {
        d.put("status", F.textNode("open"));
        d.put("value", F.numberNode(0));
        d.put("currency", F.textNode("USD"));
        d.put("pipeline_id", F.numberNode(1));
        d.put("stage_id", F.numberNode(1));
        d.put("is_archived", F.booleanNode(false));
        d.put("archive_time", F.nullNode());
        d.put("visible_to", F.numberNode(3));
      }
      case PERSONS -> person(d, changes);
      case LEADS -> {
        d.put("source_name", F.textNode("API"));
        d.put("origin", F.textNode("API"));
        d.put("is_archived", F.booleanNode(false));
        d.put("was_seen", F.booleanNode(false));
        d.put("visible_to", F.textNode("3"));
      }
      case ACTIVITIES -> {
        d.put("type", F.textNode("task"));
        d.put("done", F.booleanNode(false));
      }
      case NOTES -> d.put("user_id", F.numberNode(1));
      default -> d.put("visible_to", F.numberNode(3));
    }
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
      d.put("name", F.textNode(first.asText() + " " + last.asText()));
    }
    d.put("emails", F.arrayNode());
    d.put("phones", F.arrayNode());
    d.put("visible_to", F.numberNode(3));
  }
}
