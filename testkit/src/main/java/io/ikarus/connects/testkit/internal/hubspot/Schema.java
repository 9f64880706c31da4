package io.ikarus.connects.testkit.internal.hubspot;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The fake account's object types and their property definitions, read and created through {@code
 * /crm/v3/properties/{type}}. Thread-safe.
 */
public final class Schema {

  private static final Set<String> TYPES =
      Set.of("string", "number", "date", "datetime", "enumeration", "bool", "phone_number");

  private final Map<String, ObjectType> typesByKey = new ConcurrentHashMap<>();
  private final Map<String, Map<String, PropertyDef>> properties = new ConcurrentHashMap<>();

  /** The standard types and their usual properties, as data. */
  private static final String STANDARD = "/io/ikarus/connects/testkit/hubspot/standard-schema.json";

  /** A schema with contacts, companies, deals and tickets and their usual properties. */
  public static Schema standard() {
    Schema s = new Schema();
    for (TypeDef t : Json.resource(STANDARD, new TypeReference<List<TypeDef>>() {})) {
      s.addType(t.type(), t.properties());
    }
    return s;
  }

  /** One type of the standard schema file: the type and its own properties. */
  private record TypeDef(ObjectType type, List<PropertyDef> properties) {}

  /** Adds an object type with its own properties (the read-only system ones are added too). */
  public void addType(ObjectType type, List<PropertyDef> defs) {
    Map<String, PropertyDef> map = new LinkedHashMap<>();
    map.put(type.createdProperty(), PropertyDef.readOnly(type.createdProperty(), "datetime"));
    map.put("hs_object_id", PropertyDef.readOnly("hs_object_id", "number"));
    map.put(type.modifiedProperty(), PropertyDef.readOnly(type.modifiedProperty(), "datetime"));
    defs.forEach(d -> map.put(d.name(), d));
    properties.put(type.id(), Collections.synchronizedMap(map));
    typesByKey.put(type.id(), type);
    typesByKey.put(type.name(), type);
  }

  /** Resolves a path's object type (name or id, any case), or throws a 400 naming it. */
  public ObjectType type(String key) {
    ObjectType t = typesByKey.getOrDefault(key, typesByKey.get(key.toLowerCase(Locale.ROOT)));
    if (t == null) {
      throw new BadRequest("Unable to infer object type from: " + key);
    }
    return t;
  }

  /** The property {@code name} of {@code type}, or null. */
  public PropertyDef property(ObjectType type, String name) {
    return properties.get(type.id()).get(name);
  }

  /** Every property of {@code type}, in definition order. */
  public List<PropertyDef> properties(ObjectType type) {
    Map<String, PropertyDef> map = properties.get(type.id());
    synchronized (map) {
      return new ArrayList<>(map.values());
    }
  }

  /** Lists every property of {@code type}. */
  public FakeResponse listReply(ObjectType type) {
    ObjectNode out = Json.object();
    ArrayNode results = out.putArray("results");
    properties(type).forEach(p -> results.add(p.toJson()));
    return FakeResponse.json(200, out);
  }

  /** Reads one property, 404 when unknown. */
  public FakeResponse readReply(ObjectType type, String name) {
    PropertyDef def = property(type, name);
    if (def == null) {
      throw new BadRequest(
          404,
          "OBJECT_NOT_FOUND",
          "Unable to find property " + name + " for object type " + type.name());
    }
    return FakeResponse.json(200, def.toJson());
  }

  /** Creates a property: 201, or 409 when the name is taken, 400 for a bad definition. */
  public FakeResponse createReply(ObjectType type, String body) {
    JsonNode req = Wire.parse(body);
    List<String> missing =
        Stream.of("name", "label", "type", "fieldType", "groupName")
            .filter(f -> req.path(f).asText("").isBlank())
            .toList();
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
    List<String> options =
        req.path("options").valueStream().map(o -> o.path("value").asText()).toList();
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
    if (properties.get(type.id()).putIfAbsent(name, def) != null) {
      throw new BadRequest(
          409, "OBJECT_ALREADY_EXISTS", "Property named '" + name + "' already exists.");
    }
    return FakeResponse.json(201, def.toJson());
  }
}
