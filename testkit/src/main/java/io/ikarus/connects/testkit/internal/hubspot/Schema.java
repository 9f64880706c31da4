package io.ikarus.connects.testkit.internal.hubspot;

import com.fasterxml.jackson.core.type.TypeReference;
import io.ikarus.connects.testkit.internal.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The fake account's object types and their property definitions. Thread-safe. */
public final class Schema {

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

  /**
   * One type of the standard schema file.
   *
   * @param type the object type
   * @param properties its own properties
   */
  private record TypeDef(ObjectType type, List<PropertyDef> properties) {}

  /** Adds an object type with its own properties (the read-only system ones are added too). */
  public void addType(ObjectType type, List<PropertyDef> defs) {
    Map<String, PropertyDef> map = new LinkedHashMap<>();
    map.put(type.createdProperty(), PropertyDef.readOnly(type.createdProperty(), "datetime"));
    map.put("hs_object_id", PropertyDef.readOnly("hs_object_id", "number"));
    map.put(type.modifiedProperty(), PropertyDef.readOnly(type.modifiedProperty(), "datetime"));
    defs.forEach(d -> map.put(d.name(), d));
    properties.put(type.id(), java.util.Collections.synchronizedMap(map));
    typesByKey.put(type.id(), type);
    typesByKey.put(type.name(), type);
  }

  /** Resolves a path's object type (name or id, any case), or throws a 400 naming it. */
  public ObjectType type(String key) {
    ObjectType t = typesByKey.get(key);
    if (t == null) {
      t = typesByKey.get(key.toLowerCase(java.util.Locale.ROOT));
    }
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

  /** Adds a property; a 409 when one of that name exists. */
  public void addProperty(ObjectType type, PropertyDef def) {
    Map<String, PropertyDef> map = properties.get(type.id());
    if (map.putIfAbsent(def.name(), def) != null) {
      throw new BadRequest(
          409, "OBJECT_ALREADY_EXISTS", "Property named '" + def.name() + "' already exists.");
    }
  }
}
