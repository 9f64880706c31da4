package io.ikarus.connects.testkit.internal.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code GET} and {@code POST /crm/v3/properties/{type}}: list and create property definitions. */
public final class PropertiesHandler {

  private static final Set<String> TYPES =
      Set.of("string", "number", "date", "datetime", "enumeration", "bool", "phone_number");

  private final Schema schema;

  /** A handler over {@code schema}. */
  public PropertiesHandler(Schema schema) {
    this.schema = schema;
  }

  /** Lists every property of {@code type}. */
  public FakeResponse list(ObjectType type) {
    ObjectNode out = Json.object();
    ArrayNode results = out.putArray("results");
    schema.properties(type).forEach(p -> results.add(p.toJson()));
    return FakeResponse.json(200, out);
  }

  /** Reads one property, 404 when unknown. */
  public FakeResponse read(ObjectType type, String name) {
    PropertyDef def = schema.property(type, name);
    if (def == null) {
      throw new BadRequest(
          404,
          "OBJECT_NOT_FOUND",
          "Unable to find property " + name + " for object type " + type.name());
    }
    return FakeResponse.json(200, def.toJson());
  }

  /** Creates a property: 201, or 409 when the name is taken, 400 for a bad definition. */
  public FakeResponse create(ObjectType type, String body) {
    JsonNode req = Bodies.parse(body);
    List<String> missing = new ArrayList<>();
    for (String f : List.of("name", "label", "type", "fieldType", "groupName")) {
      if (req.path(f).asText("").isBlank()) {
        missing.add(f);
      }
    }
    if (!missing.isEmpty()) {
      throw new BadRequest("Some required fields were not set: " + missing);
    }
    String name = req.get("name").asText();
    if (!name.matches("[a-z][a-z0-9_]*")) {
      throw new BadRequest(
          "Property name "
              + name
              + " is invalid: use lower-case letters, digits and underscores, starting with a letter");
    }
    String kind = req.get("type").asText();
    if (!TYPES.contains(kind)) {
      throw new BadRequest("Invalid property type: " + kind);
    }
    List<String> options = new ArrayList<>();
    req.path("options").forEach(o -> options.add(o.path("value").asText()));
    PropertyDef def =
        new PropertyDef(
            name,
            req.get("label").asText(),
            kind,
            req.get("fieldType").asText(),
            req.get("groupName").asText(),
            req.path("hasUniqueValue").asBoolean(false),
            false,
            options);
    schema.addProperty(type, def);
    return FakeResponse.json(201, def.toJson());
  }
}
