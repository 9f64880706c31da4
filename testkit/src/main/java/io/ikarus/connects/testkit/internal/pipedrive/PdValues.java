package io.ikarus.connects.testkit.internal.pipedrive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.internal.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a write body strictly, as API v2 does (no numeric strings, no 1/0 booleans, dates as
 * {@code YYYY-MM-DD}), and turns it into the changes to store. Custom field values of v2 entities
 * come in {@code custom_fields}, of leads as root-level hash keys; values for unknown (deleted)
 * custom fields are silently dropped, as Pipedrive does.
 */
final class PdValues {

  private static final Pattern HASH = Pattern.compile("[0-9a-f]{40}");

  private final PdSchema schema;

  PdValues(PdSchema schema) {
    this.schema = schema;
  }

  /** The changes {@code body} asks for; throws {@link PdFailure} (400) on a bad value. */
  Map<String, Object> changes(PdEntity entity, JsonNode body) {
    if (body == null || !body.isObject()) {
      throw PdFailure.badRequest("Request body must be a JSON object");
    }
    Map<String, Object> changes = new LinkedHashMap<>();
    ObjectNode custom = Json.object();
    for (Map.Entry<String, JsonNode> e : body.properties()) {
      String key = e.getKey();
      if (entity.v2() && key.equals("custom_fields") && entity.hasCustomFields()) {
        customFields(entity, e.getValue(), custom);
      } else if (!entity.v2() && HASH.matcher(key).matches()) {
        customValue(entity, key, e.getValue(), custom);
      } else if (entity.standard().containsKey(key)) {
        changes.put(key, standard(entity, key, e.getValue()));
      } else if (entity.v2()) {
        throw PdFailure.badRequest("Parameter '" + key + "' is not allowed for this request");
      }
    }
    if (!custom.isEmpty()) {
      changes.put(PdRecords.CUSTOM, custom);
    }
    return changes;
  }

  private Object standard(PdEntity entity, String key, JsonNode value) {
    if (value.isNull()) {
      return value;
    }
    PdType type = entity.standard().get(key);
    if (!type.accepts(value)) {
      throw type.refusal(key, value);
    }
    if (entity == PdEntity.DEALS && key.equals("status")) {
      String s = value.asText();
      if (!s.equals("open") && !s.equals("won") && !s.equals("lost")) {
        throw PdFailure.badRequest("Parameter 'status' must be one of open, won, lost");
      }
    }
    return value.deepCopy();
  }

  private void customFields(PdEntity entity, JsonNode node, ObjectNode into) {
    if (!node.isObject()) {
      throw PdFailure.badRequest("Parameter 'custom_fields' must be an object");
    }
    node.properties().forEach(e -> customValue(entity, e.getKey(), e.getValue(), into));
  }

  private void customValue(PdEntity entity, String key, JsonNode value, ObjectNode into) {
    PdField field = schema.custom(entity, key).orElse(null);
    if (field == null) {
      return;
    }
    if (!value.isNull() && !PdCustomTypes.accepts(field, value)) {
      throw PdFailure.badRequest(
          "Custom field '" + key + "' (" + field.type() + ") does not accept " + value);
    }
    into.set(key, value.deepCopy());
  }
}
