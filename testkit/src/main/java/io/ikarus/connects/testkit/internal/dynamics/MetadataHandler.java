package io.ikarus.connects.testkit.internal.dynamics;

import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.filter.Filter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    QueryOptions o = new QueryOptions(OData.query(req));
    ResourcePath.Segment root = path.get(0);
    if (root.key() == null) {
      return list(o);
    }
    Object name = root.pairs().get("LogicalName");
    EntityDef e =
        catalog
            .byLogicalName(String.valueOf(name))
            .orElseThrow(
                () ->
                    new ODataException(
                        404, "0x80040217", "Could not find entity with name '" + name + "'."));
    if (path.size() == 1) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("@odata.context", base + "$metadata#EntityDefinitions/$entity");
      Map<String, Object> full = MetadataJson.entity(e);
      body.putAll(MetadataJson.select(full, o.select(), full.keySet(), "EntityMetadata"));
      return OData.json(200, Json.write(body), 1);
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
      Map<String, Object> m = MetadataJson.entity(e);
      for (String n : f == null ? Set.<String>of() : f.fields()) {
        if (!m.containsKey(n)) {
          throw ODataException.property(n, "EntityMetadata");
        }
      }
      if (f == null || f.test(m)) {
        value.add(MetadataJson.select(m, o.select(), m.keySet(), "EntityMetadata"));
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
      Map<String, Object> full = MetadataJson.attribute(e, a);
      full.remove("MaxLength");
      if (!picklists || expand == null || !expand.startsWith("OptionSet")) {
        full.remove("OptionSet");
      }
      List<String> known = new ArrayList<>(full.keySet());
      known.remove("@odata.type");
      if (picklists) {
        known.add("OptionSet");
      }
      List<String> select = new ArrayList<>(o.select());
      if (full.containsKey("OptionSet") && !select.isEmpty()) {
        select.add("OptionSet");
      }
      value.add(MetadataJson.select(full, select, known, "AttributeMetadata"));
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
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("@odata.context", base + "$metadata#" + context);
    body.put("value", value);
    return OData.json(200, Json.write(body), value.size());
  }
}
