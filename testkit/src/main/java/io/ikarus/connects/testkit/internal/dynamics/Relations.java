package io.ikarus.connects.testkit.internal.dynamics;

import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.util.ArrayList;
import java.util.Collections;
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
  FakeResponse reference(
      EntityDef e, StoredRecord self, ResourcePath.Segment nav, FakeRequest req) {
    Optional<Relationship> many = catalog.collection(e, nav.name());
    Relationship r =
        many.or(() -> catalog.single(e, nav.name()))
            .orElseThrow(() -> ODataException.property(nav.name(), e.logicalName()));
    boolean isMany = many.isPresent();
    EntityDef other = catalog.bySet(isMany ? r.childSet() : r.parentSet()).orElseThrow();
    if (req.method().equals("DELETE")) {
      UUID id = nav.key() != null ? nav.guid() : isMany ? childFromQuery(req, r) : null;
      StoredRecord child = isMany ? new RowKey(id, Map.of()).require(other, store) : self;
      store.update(child, Collections.singletonMap(r.valueColumn(), null));
      return OData.empty(204, Map.of());
    }
    Object ref = OData.object(req.body()).get("@odata.id");
    if (ref == null) {
      throw ODataException.badRequest("The @odata.id of the reference is missing.");
    }
    UUID id = RecordCodec.reference(ref.toString(), other.entitySetName());
    StoredRecord otherRow = new RowKey(id, Map.of()).require(other, store);
    StoredRecord parent = isMany ? self : otherRow;
    store.update(isMany ? otherRow : self, Map.of(r.valueColumn(), parent.id()));
    return OData.empty(204, Map.of());
  }

  /**
   * Renders a row with the {@code select}ed columns (see {@link RecordCodec#render}) and the
   * navigation properties named in {@code $expand}.
   */
  Map<String, Object> expand(EntityDef e, StoredRecord row, List<String> select, String spec) {
    Map<String, Object> out = codec.render(e, row, select);
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
        List<Map<String, Object>> list = new ArrayList<>();
        for (StoredRecord c : store.rows(r.childSet())) {
          if (row.id().equals(c.get(r.valueColumn()))) {
            list.add(codec.render(child, c, nested));
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
        out.put(item.name(), p == null ? null : codec.render(parent, p, nested));
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

  private static UUID childFromQuery(FakeRequest req, Relationship r) {
    String ref = req.param("$id");
    if (ref == null) {
      throw ODataException.badRequest("Disassociating a collection needs the related row's id.");
    }
    return RecordCodec.reference(ref, r.childSet());
  }
}
