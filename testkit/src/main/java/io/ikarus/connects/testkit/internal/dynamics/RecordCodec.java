package io.ikarus.connects.testkit.internal.dynamics;

import io.ikarus.connects.testkit.internal.StoredRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns request JSON into stored columns and stored rows into response JSON (with the navigation
 * properties of {@code $expand}), strictly.
 */
final class RecordCodec {

  private final Catalog catalog;
  private final DataverseStore store;

  RecordCodec(Catalog catalog, DataverseStore store) {
    this.catalog = catalog;
    this.store = store;
  }

  /**
   * The columns a create or update body writes: known properties only (exact case), values checked,
   * {@code nav@odata.bind} references resolved to lookup values.
   */
  Map<String, Object> columns(EntityDef e, Map<String, Object> json) {
    Map<String, Object> columns = new LinkedHashMap<>();
    for (Map.Entry<String, Object> field : json.entrySet()) {
      String key = field.getKey();
      if (key.endsWith("@odata.bind")) {
        bind(e, key.substring(0, key.indexOf('@')), field.getValue(), columns);
      } else if (!key.startsWith("@odata.")) {
        AttributeDef a =
            e.attribute(key)
                .filter(x -> !x.isLookup())
                .orElseThrow(() -> undeclared(key, e.logicalName()));
        if (!a.readOnly()) {
          columns.put(key, ColumnValues.coerce(a, field.getValue(), e.logicalName()));
        }
      }
    }
    return columns;
  }

  /** Renders a row with its etag and the {@code select}ed columns (all when empty). */
  Map<String, Object> render(EntityDef e, StoredRecord row, List<String> select) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("@odata.etag", "W/\"" + row.version() + "\"");
    for (AttributeDef a : e.attributes()) {
      String name = a.readName();
      if (select.isEmpty() || select.contains(name) || name.equals(e.primaryId())) {
        out.put(name, row.get(name));
      }
    }
    return out;
  }

  /**
   * Renders a row with the {@code select}ed columns (see {@link #render}) and the navigation
   * properties named in {@code $expand}.
   */
  Map<String, Object> expand(EntityDef e, StoredRecord row, List<String> select, String spec) {
    Map<String, Object> out = render(e, row, select);
    if (spec == null || spec.isBlank()) {
      return out;
    }
    for (String text : ResourcePath.split(spec, ',')) {
      ResourcePath.Segment item = ResourcePath.parse(text.strip()).get(0);
      List<String> nested = nestedSelect(item.key());
      Optional<Relationship> many = catalog.collection(e, item.name());
      if (many.isPresent()) {
        Relationship r = many.get();
        EntityDef child = catalog.bySet(r.childSet()).orElseThrow();
        out.put(
            item.name(),
            store.rows(r.childSet()).stream()
                .filter(c -> row.id().equals(c.get(r.valueColumn())))
                .map(c -> render(child, c, nested))
                .toList());
      } else {
        Relationship r =
            catalog
                .single(e, item.name())
                .orElseThrow(() -> ODataException.property(item.name(), e.logicalName()));
        Object parentId = row.get(r.valueColumn());
        EntityDef parent = catalog.bySet(r.parentSet()).orElseThrow();
        StoredRecord p =
            parentId == null
                ? null
                : store.get(r.parentSet(), UUID.fromString(parentId.toString()));
        out.put(item.name(), p == null ? null : render(parent, p, nested));
      }
    }
    return out;
  }

  private List<String> nestedSelect(String key) {
    if (key == null || key.isBlank()) {
      return List.of();
    }
    if (!key.startsWith("$select=")) {
      throw ODataException.badRequest("Only $select is supported inside $expand: " + key);
    }
    return List.of(key.substring("$select=".length()).split(","));
  }

  private void bind(EntityDef e, String nav, Object value, Map<String, Object> columns) {
    Relationship r = catalog.single(e, nav).orElseThrow(() -> undeclared(nav, e.logicalName()));
    if (value == null) {
      columns.put(r.valueColumn(), null);
      return;
    }
    UUID target = reference(value.toString(), r.parentSet());
    RowKey.of(target).require(catalog.bySet(r.parentSet()).orElseThrow(), store);
    columns.put(r.valueColumn(), target.toString());
  }

  /** The GUID of {@code /set(guid)}, {@code set(guid)} or an absolute URL ending so. */
  static UUID reference(String ref, String expectedSet) {
    List<ResourcePath.Segment> s = ResourcePath.parse(ref.substring(ref.lastIndexOf('/') + 1));
    if (s.size() != 1 || !s.get(0).name().equals(expectedSet) || !s.get(0).hasGuid()) {
      throw ODataException.badRequest(
          "The URI '" + ref + "' is not valid for a reference to '" + expectedSet + "'.");
    }
    return s.get(0).guid();
  }

  static ODataException undeclared(String property, String logicalName) {
    return ODataException.badRequest(
        "The property '"
            + property
            + "' does not exist on type 'Microsoft.Dynamics.CRM."
            + logicalName
            + "'. Make sure to only use property names that are defined by the type.");
  }
}
