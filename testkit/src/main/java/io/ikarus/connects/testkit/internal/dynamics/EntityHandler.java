package io.ikarus.connects.testkit.internal.dynamics;

import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Create, read, update, upsert and delete of single rows. */
final class EntityHandler {

  private final DataverseStore store;
  private final RecordCodec codec;
  private final Relations relations;
  private final String base;

  EntityHandler(DataverseStore store, RecordCodec codec, Relations relations, String base) {
    this.store = store;
    this.codec = codec;
    this.relations = relations;
    this.base = base;
  }

  /** {@code POST <set>}: 204 with OData-EntityId, or 201 with the row when asked. */
  FakeResponse create(EntityDef e, FakeRequest req) {
    return written(e, req, create(e, OData.object(req.body())), true);
  }

  /** Creates a row from {@code json} through the checks of {@code POST}. */
  StoredRecord create(EntityDef e, Map<String, Object> json) {
    Map<String, Object> columns = codec.columns(e, json);
    Object given = columns.remove(e.primaryId());
    UUID id = given == null ? UUID.randomUUID() : UUID.fromString(given.toString());
    if (store.get(e.entitySetName(), id) != null) {
      throw duplicate();
    }
    return insert(e, id, columns);
  }

  /** {@code GET <set>(<key>)}. */
  FakeResponse read(EntityDef e, RowKey key, FakeRequest req) {
    QueryOptions o = new QueryOptions(req);
    List<String> select = o.select();
    select.forEach(e::require);
    StoredRecord row = key.require(e, store);
    Map<String, Object> body =
        OData.body(PageCookie.context(base, e.entitySetName(), select) + "/$entity");
    body.putAll(relations.expand(e, row, select, o.get("$expand")));
    return OData.json(200, body, 1);
  }

  /**
   * {@code PATCH <set>(<key>)}: an update when the row exists, else a create (an upsert), limited
   * by {@code If-Match: *} (update only: 404) and {@code If-None-Match: *} (create only: 412).
   */
  FakeResponse patch(EntityDef e, RowKey key, FakeRequest req) {
    Map<String, Object> columns = codec.columns(e, OData.object(req.body()));
    columns.remove(e.primaryId());
    StoredRecord row = key.find(e, store);
    String ifMatch = req.header("If-Match");
    String ifNoneMatch = req.header("If-None-Match");
    if (row == null && ifMatch != null) {
      throw ODataException.notFound(e.logicalName(), key.describe());
    }
    if (row != null && "*".equals(ifNoneMatch)) {
      throw new ODataException(412, "", "A record with matching key values already exists.");
    }
    if (row != null
        && ifMatch != null
        && !ifMatch.equals("*")
        && !ifMatch.equals("W/\"" + row.version() + "\"")) {
      // Dataverse's ConcurrencyVersionMismatch (-2147088254).
      throw new ODataException(
          412,
          "0x80060882",
          "The version of the existing record doesn't match the RowVersion property provided.");
    }
    if (row == null) {
      columns.putAll(key.columns());
      UUID id = key.id() != null ? key.id() : UUID.randomUUID();
      return written(e, req, insert(e, id, columns), true);
    }
    return written(e, req, update(e, row, columns), false);
  }

  /** Updates the row {@code key} names, which must exist, from {@code json} (a bulk target). */
  void update(EntityDef e, RowKey key, Map<String, Object> json) {
    Map<String, Object> columns = codec.columns(e, json);
    columns.remove(e.primaryId());
    update(e, key.require(e, store), columns);
  }

  /** {@code DELETE <set>(<key>)}. */
  FakeResponse delete(EntityDef e, RowKey key) {
    store.delete(key.require(e, store));
    return OData.empty(204, Map.of());
  }

  private StoredRecord update(EntityDef e, StoredRecord row, Map<String, Object> columns) {
    checkUniqueKeys(e, columns, row.id());
    return store.update(row, derive(e, row.fields(), columns));
  }

  private StoredRecord insert(EntityDef e, UUID id, Map<String, Object> columns) {
    checkUniqueKeys(e, columns, id.toString());
    return store.insert(e.entitySetName(), e.primaryId(), id, derive(e, Map.of(), columns));
  }

  private FakeResponse written(EntityDef e, FakeRequest req, StoredRecord row, boolean created) {
    String entityId = base + e.entitySetName() + "(" + row.id() + ")";
    if (!"representation".equals(OData.preference(req, "return"))) {
      return OData.empty(204, Map.of("OData-EntityId", entityId));
    }
    List<String> select = new QueryOptions(req).select();
    Map<String, Object> body =
        OData.body(PageCookie.context(base, e.entitySetName(), select) + "/$entity");
    body.putAll(codec.render(e, row, select));
    return OData.json(created ? 201 : 200, body, 1)
        .header("Preference-Applied", "return=representation");
  }

  private void checkUniqueKeys(EntityDef e, Map<String, Object> columns, String self) {
    for (String k : e.keys()) {
      Object v = columns.get(k);
      if (v == null) {
        continue;
      }
      // Dataverse compares key values case-insensitively. One scan of the live rows with
      // equalsIgnoreCase: copying the table and lower-casing both sides per row dominated the
      // fake's time for a 1,000-row CreateMultiple.
      String wanted = v.toString();
      if (store.anyRow(
          e.entitySetName(),
          r -> {
            Object have = r.get(k);
            return have != null && have.toString().equalsIgnoreCase(wanted) && !r.id().equals(self);
          })) {
        throw duplicate();
      }
    }
  }

  /** Computed columns: fullname of contacts and leads. */
  private static Map<String, Object> derive(
      EntityDef e, Map<String, Object> old, Map<String, Object> changes) {
    Map<String, Object> v = new LinkedHashMap<>(changes);
    if (e.attribute("fullname").isPresent()) {
      Map<String, Object> merged = new LinkedHashMap<>(old);
      merged.putAll(changes);
      String first = merged.get("firstname") == null ? "" : merged.get("firstname").toString();
      String last = merged.get("lastname") == null ? "" : merged.get("lastname").toString();
      v.put("fullname", (first + " " + last).strip());
    }
    return v;
  }

  private static ODataException duplicate() {
    return new ODataException(
        412, "0x80040237", "A record with matching key values already exists.");
  }
}
