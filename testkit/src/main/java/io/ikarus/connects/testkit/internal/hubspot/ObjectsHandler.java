package io.ikarus.connects.testkit.internal.hubspot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.StoredRecord;
import io.ikarus.connects.testkit.internal.WholeNumber;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** Single-record CRUD and list paging under {@code /crm/v3/objects/{type}}. */
public final class ObjectsHandler {

  private static final int MAX_LIST_LIMIT = 100;

  private final Records store;
  private final Writes writes;
  private final Associations associations;

  /** A handler over {@code store}. */
  public ObjectsHandler(Records store, Writes writes, Associations associations) {
    this.store = store;
    this.writes = writes;
    this.associations = associations;
  }

  /** {@code POST /crm/v3/objects/{type}}: 201 with the new record. */
  public FakeResponse create(ObjectType type, String body) {
    StoredRecord o = associations.create(type, Wire.parse(body), in -> writes.create(type, in));
    return FakeResponse.json(201, type.toJson(o));
  }

  /** {@code GET /crm/v3/objects/{type}/{id}}. */
  public FakeResponse read(ObjectType type, String id, FakeRequest call) {
    boolean archived = "true".equals(call.param("archived"));
    StoredRecord o = Wire.existing(writes.read(type, id, call.param("idProperty"), archived));
    return FakeResponse.json(200, type.toJson(o, call.params("properties")));
  }

  /** {@code PATCH /crm/v3/objects/{type}/{id}}: 200 with the record. */
  public FakeResponse update(ObjectType type, String id, FakeRequest call) {
    StoredRecord o = Wire.existing(writes.locate(type, id, call.param("idProperty")));
    writes.update(type, o, Wire.parse(call.body()));
    return FakeResponse.json(200, type.toJson(o));
  }

  /** {@code DELETE /crm/v3/objects/{type}/{id}}: 204, also for an id that does not exist. */
  public FakeResponse archive(ObjectType type, String id) {
    store.archive(type, id);
    return FakeResponse.empty(204);
  }

  /** {@code GET /crm/v3/objects/{type}}: a page in id order, {@code after} an opaque cursor. */
  public FakeResponse list(ObjectType type, FakeRequest call) {
    String text = call.param("limit");
    String refusal = "limit must be a number from 1 to " + MAX_LIST_LIMIT + ": " + text;
    int limit = WholeNumber.parse(text, 10, 1, MAX_LIST_LIMIT, () -> new BadRequest(refusal));
    long after = call.param("after") == null ? 0 : decodeCursor(call.param("after"));
    List<StoredRecord> page = store.page(type, after, limit, "true".equals(call.param("archived")));
    ObjectNode out = Json.object();
    ArrayNode results = out.putArray("results");
    List<String> props = call.params("properties");
    page.stream().limit(limit).forEach(o -> results.add(type.toJson(o, props)));
    if (page.size() > limit) {
      Wire.nextPage(out, encodeCursor(Long.parseLong(page.get(limit - 1).id())));
    }
    return FakeResponse.json(200, out);
  }

  private static String encodeCursor(long lastId) {
    return Base64.getEncoder().encodeToString((lastId + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static long decodeCursor(String cursor) {
    try {
      return Long.parseLong(
          new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8).trim());
    } catch (IllegalArgumentException e) {
      throw new BadRequest("Invalid paging cursor 'after': " + cursor);
    }
  }
}
