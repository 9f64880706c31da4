package io.ikarus.connects.testkit.internal.dynamics;

import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Associate and disassociate through {@code $ref}, and {@code $expand} of navigation properties.
 */
final class Relations {

  private final Catalog catalog;
  private final DataverseStore store;
  private final RecordCodec codec;

  Relations(Catalog catalog, DataverseStore store, RecordCodec codec) {
    this.catalog = catalog;
    this.store = store;
    this.codec = codec;
  }

  /**
   * {@code POST|PUT|DELETE <set>(<id>)/<nav>[(<id>)]/$ref}: links or unlinks two rows by setting
   * the child's lookup column.
   */
  FakeResponse reference(EntityDef e, UUID id, ResourcePath.Segment nav, FakeRequest req) {
    StoredRecord self = store.require(e, id);
    Optional<Relationship> many = catalog.collection(e, nav.name());
    Relationship r =
        many.or(() -> catalog.single(e, nav.name()))
            .orElseThrow(() -> ODataException.property(nav.name(), e.logicalName()));
    boolean isMany = many.isPresent();
    String target = isMany ? r.childSet() : r.parentSet();
    if (req.method().equals("DELETE")) {
      UUID other = nav.key() != null ? nav.guid() : otherFromQuery(req, isMany, r, id);
      EntityDef childTable = catalog.bySet(r.childSet()).orElseThrow();
      StoredRecord child = store.require(childTable, isMany ? other : id);
      store.update(child, Collections.singletonMap(r.valueColumn(), null));
      return OData.empty(204, Map.of());
    }
    Object ref = OData.object(req.body()).get("@odata.id");
    if (ref == null) {
      throw ODataException.badRequest("The @odata.id of the reference is missing.");
    }
    UUID other = RecordCodec.reference(ref.toString(), target);
    StoredRecord otherRow = store.require(catalog.bySet(target).orElseThrow(), other);
    UUID parent = isMany ? id : other;
    store.update(isMany ? otherRow : self, Map.of(r.valueColumn(), parent.toString()));
    return OData.empty(204, Map.of());
  }

  /** Adds the navigation properties named in {@code $expand} to a rendered row. */
  Map<String, Object> expand(EntityDef e, Map<String, Object> rendered, String spec) {
    if (spec == null || spec.isBlank()) {
      return rendered;
    }
    Map<String, Object> out = new LinkedHashMap<>(rendered);
    UUID id = UUID.fromString(rendered.get(e.primaryId()).toString());
    StoredRecord row = store.get(e.entitySetName(), id);
    for (String text : ResourcePath.split(spec, ',')) {
      ResourcePath.Segment item = ResourcePath.parse(text.strip()).get(0);
      List<String> select = nestedSelect(item.key());
      Optional<Relationship> many = catalog.collection(e, item.name());
      if (many.isPresent()) {
        Relationship r = many.get();
        EntityDef child = catalog.bySet(r.childSet()).orElseThrow();
        List<Map<String, Object>> list = new ArrayList<>();
        for (StoredRecord c : store.rows(r.childSet())) {
          if (id.toString().equals(c.get(r.valueColumn()))) {
            list.add(codec.render(child, c, select));
          }
        }
        out.put(item.name(), list);
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
        out.put(item.name(), p == null ? null : codec.render(parent, p, select));
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

  private UUID otherFromQuery(FakeRequest req, boolean isMany, Relationship r, UUID id) {
    String ref = OData.query(req).get("$id");
    if (!isMany) {
      return id;
    }
    if (ref == null) {
      throw ODataException.badRequest("Disassociating a collection needs the related row's id.");
    }
    return RecordCodec.reference(ref, r.childSet());
  }
}
