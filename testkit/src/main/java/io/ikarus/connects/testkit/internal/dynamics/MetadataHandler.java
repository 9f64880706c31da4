package io.ikarus.connects.testkit.internal.dynamics;

import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.filter.Filter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code EntityDefinitions}: one table by {@code (LogicalName='x')}, tables by {@code $filter},
 * their {@code /Attributes} (optionally cast to {@code PicklistAttributeMetadata} with the option
 * set) and {@code /Keys}.
 */
final class MetadataHandler {

  private static final String PICKLIST = "Microsoft.Dynamics.CRM.PicklistAttributeMetadata";

  private final Catalog catalog;
  private final String base;

  MetadataHandler(Catalog catalog, String base) {
    this.catalog = catalog;
    this.base = base;
  }

  FakeResponse handle(List<ResourcePath.Segment> path, FakeRequest req) {
    if (!req.method().equals("GET")) {
      throw new ODataException(405, "0x80060888", "The metadata endpoints are read-only here.");
    }
    QueryOptions o = new QueryOptions(req);
    ResourcePath.Segment root = path.get(0);
    if (root.key() == null) {
      return list(o);
    }
    Object name = root.pairs().get("LogicalName");
    EntityDef e = catalog.byLogicalName(String.valueOf(name));
    if (path.size() == 1) {
      Map<String, Object> body = OData.body(base + "$metadata#EntityDefinitions/$entity");
      body.putAll(select(entity(e), o.select(), "EntityMetadata", false));
      return OData.json(200, body, 1);
    }
    String child = path.get(1).name();
    if (child.equals("Attributes")) {
      boolean picklists = path.size() == 3 && path.get(2).name().equals(PICKLIST);
      return attributes(e, o, picklists);
    }
    if (child.equals("Keys")) {
      return keys(e);
    }
    throw ODataException.segment(child);
  }

  private FakeResponse list(QueryOptions o) {
    String filter = o.get("$filter");
    Filter<Map<String, Object>> f = filter == null ? null : FilterParser.parse(filter);
    List<Map<String, Object>> value = new ArrayList<>();
    for (EntityDef e : catalog.entities()) {
      Map<String, Object> m = entity(e);
      for (String n : f == null ? Set.<String>of() : f.fields()) {
        if (!m.containsKey(n)) {
          throw ODataException.property(n, "EntityMetadata");
        }
      }
      if (f == null || f.test(m)) {
        value.add(select(m, o.select(), "EntityMetadata", false));
      }
    }
    return collection("EntityDefinitions", value);
  }

  private FakeResponse attributes(EntityDef e, QueryOptions o, boolean picklists) {
    String expand = o.get("$expand");
    List<Map<String, Object>> value = new ArrayList<>();
    for (AttributeDef a : e.attributes()) {
      if (picklists && !a.type().equals("Picklist")) {
        continue;
      }
      Map<String, Object> full = attribute(e, a);
      if (!picklists || expand == null || !expand.startsWith("OptionSet")) {
        full.remove("OptionSet");
      }
      value.add(select(full, o.select(), "AttributeMetadata", picklists));
    }
    return collection("EntityDefinitions('" + e.logicalName() + "')/Attributes", value);
  }

  private FakeResponse keys(EntityDef e) {
    List<Map<String, Object>> value = new ArrayList<>();
    for (String k : e.keys()) {
      value.add(
          Map.of(
              "LogicalName",
              e.logicalName() + "_" + k,
              "KeyAttributes",
              List.of(k),
              "EntityKeyIndexStatus",
              "Active"));
    }
    return collection("EntityDefinitions('" + e.logicalName() + "')/Keys", value);
  }

  private FakeResponse collection(String context, List<Map<String, Object>> value) {
    Map<String, Object> body = OData.body(base + "$metadata#" + context);
    body.put("value", value);
    return OData.json(200, body, value.size());
  }

  private static Map<String, Object> entity(EntityDef e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("MetadataId", id(e.logicalName()));
    m.put("LogicalName", e.logicalName());
    m.put("SchemaName", AttributeDef.schemaOf(e.logicalName()));
    m.put("EntitySetName", e.entitySetName());
    m.put("PrimaryIdAttribute", e.primaryId());
    m.put("PrimaryNameAttribute", e.primaryName());
    m.put("ChangeTrackingEnabled", true);
    m.put("IsCustomEntity", e.custom());
    m.put("DisplayName", label(AttributeDef.schemaOf(e.logicalName()).replace("new_", "")));
    return m;
  }

  private static Map<String, Object> attribute(EntityDef e, AttributeDef a) {
    Map<String, Object> m = new LinkedHashMap<>();
    String type = a.type().equals("Customer") ? "Lookup" : a.type();
    m.put(
        "@odata.type",
        "#Microsoft.Dynamics.CRM."
            + (type.equals("Uniqueidentifier") ? "UniqueIdentifier" : type)
            + "AttributeMetadata");
    m.put("MetadataId", id(e.logicalName() + "." + a.logicalName()));
    m.put("LogicalName", a.logicalName());
    m.put("SchemaName", a.schemaName());
    m.put("EntityLogicalName", e.logicalName());
    m.put("AttributeType", a.type());
    m.put("AttributeTypeName", Map.of("Value", a.type() + "Type"));
    boolean id = a.logicalName().equals(e.primaryId());
    m.put("IsValidForCreate", !a.readOnly());
    m.put("IsValidForUpdate", !a.readOnly() && !id);
    m.put("IsValidForRead", true);
    m.put(
        "RequiredLevel",
        Map.of(
            "Value",
            a.requiredLevel(),
            "CanBeChanged",
            !id,
            "ManagedPropertyLogicalName",
            "canmodifyrequirementlevelsettings"));
    m.put("IsCustomAttribute", a.logicalName().startsWith("new_"));
    m.put("IsPrimaryId", id);
    m.put("IsPrimaryName", a.logicalName().equals(e.primaryName()));
    m.put("DisplayName", label(a.schemaName()));
    if (!a.options().isEmpty()) {
      m.put(
          "OptionSet",
          Map.of(
              "Options",
              a.options().stream()
                  .map(v -> Map.of("Value", v, "Label", label("Option " + v)))
                  .toList()));
    }
    return m;
  }

  /**
   * Keeps MetadataId, OData annotations, an expanded OptionSet and the selected properties of
   * {@code full} (in place, returning it); checks the selection against the properties of {@code
   * type}: those of {@code full}, and OptionSet when {@code optionSet} (picklist attributes).
   */
  private static Map<String, Object> select(
      Map<String, Object> full, List<String> select, String type, boolean optionSet) {
    for (String s : select) {
      boolean known = full.containsKey(s) || optionSet && s.equals("OptionSet");
      if (s.startsWith("@") || !known) {
        throw ODataException.property(s, type);
      }
    }
    if (!select.isEmpty()) {
      full.keySet()
          .removeIf(
              k ->
                  !k.startsWith("@")
                      && !Set.of("MetadataId", "OptionSet").contains(k)
                      && !select.contains(k));
    }
    return full;
  }

  private static Map<String, Object> label(String text) {
    Map<String, Object> l = Map.of("Label", text, "LanguageCode", 1033);
    return Map.of("UserLocalizedLabel", l, "LocalizedLabels", List.of(l));
  }

  private static String id(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
