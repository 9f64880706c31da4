package io.ikarus.connects.testkit.internal.dynamics;

import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Associate and disassociate through {@code $ref}. */
final class Relations {

  private final Catalog catalog;
  private final DataverseStore store;

  Relations(Catalog catalog, DataverseStore store) {
    this.catalog = catalog;
    this.store = store;
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
      StoredRecord child = isMany ? RowKey.of(id).require(other, store) : self;
      store.update(child, Collections.singletonMap(r.valueColumn(), null));
      return OData.empty(204, Map.of());
    }
    Object ref = OData.object(req.body()).get("@odata.id");
    if (ref == null) {
      throw ODataException.badRequest("The @odata.id of the reference is missing.");
    }
    UUID id = RecordCodec.reference(ref.toString(), other.entitySetName());
    StoredRecord otherRow = RowKey.of(id).require(other, store);
    StoredRecord parent = isMany ? self : otherRow;
    store.update(isMany ? otherRow : self, Map.of(r.valueColumn(), parent.id()));
    return OData.empty(204, Map.of());
  }

  private static UUID childFromQuery(FakeRequest req, Relationship r) {
    String ref = req.param("$id");
    if (ref == null) {
      throw ODataException.badRequest("Disassociating a collection needs the related row's id.");
    }
    return RecordCodec.reference(ref, r.childSet());
  }
}
