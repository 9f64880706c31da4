package io.ikarus.connects.testkit.internal.pipedrive;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.ikarus.connects.testkit.internal.Extent;
import io.ikarus.connects.testkit.internal.IdSource;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.ObjectStore;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The company's records on the shared {@link ObjectStore}: one extent per entity, creation
 * defaults, archive and delete flags, and the v1/v2 JSON shapes. Used under the server lock.
 */
final class PdRecords {

  static final String CUSTOM = "custom_fields";

  /** The values Pipedrive fills in on create, before the request's own, per entity path. */
  private static final Map<String, ObjectNode> DEFAULTS =
      Json.resource(
          "/io/ikarus/connects/testkit/pipedrive/defaults.json",
          new TypeReference<Map<String, ObjectNode>>() {});

  private final ObjectStore store;
  private final PdSchema schema;

  PdRecords(Clock clock, PdSchema schema) {
    // Pipedrive ids: integers counted per entity from 1, and UUID strings for leads.
    Map<String, Long> next = new ConcurrentHashMap<>();
    IdSource ids =
        type ->
            type.equals(PdEntity.LEADS.path())
                ? UUID.randomUUID().toString()
                : Long.toString(next.merge(type, 1L, Long::sum));
    this.store = new ObjectStore(clock, ids);
    this.schema = schema;
    for (PdEntity e : PdEntity.values()) {
      store.define(e.path(), Set.of());
    }
  }

  /** The records of {@code entity}, tombstones included, in creation order. */
  List<StoredRecord> all(PdEntity entity) {
    return extent(entity).stored();
  }

  /** Creates a record from checked {@code changes}. */
  StoredRecord insert(PdEntity entity, Map<String, Object> changes) {
    for (String required : entity.spec().required()) {
      JsonNode v = (JsonNode) changes.get(required);
      if (v == null || v.isNull() || v.asText().isBlank()) {
        throw PdFailure.badRequest("Parameter '" + required + "' is required");
      }
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    if (entity == PdEntity.PERSONS) {
      fields.put("name", personName(changes));
    }
    DEFAULTS.get(entity.path()).deepCopy().forEachEntry(fields::put);
    fields.putAll(changes);
    return extent(entity).insert(fields);
  }

  /** A person's {@code name}: as given, or made of {@code first_name} and {@code last_name}. */
  private static JsonNode personName(Map<String, Object> changes) {
    JsonNode name = (JsonNode) changes.get("name");
    JsonNode first = (JsonNode) changes.get("first_name");
    JsonNode last = (JsonNode) changes.get("last_name");
    if (name != null && name.isTextual() && !name.asText().isBlank()) {
      return name;
    }
    if (first == null || !first.isTextual() || last == null || !last.isTextual()) {
      throw PdFailure.badRequest(
          "Parameter 'name' or both 'first_name' and 'last_name' are required");
    }
    return TextNode.valueOf(first.asText() + " " + last.asText());
  }

  /** Applies checked {@code changes} to a live record, merging custom field values. */
  void update(PdEntity entity, StoredRecord record, Map<String, Object> changes) {
    Map<String, Object> merged = new LinkedHashMap<>(changes);
    if (changes.get(CUSTOM) instanceof ObjectNode incoming) {
      ObjectNode custom = customOf(record).deepCopy();
      custom.setAll(incoming);
      merged.put(CUSTOM, custom);
    }
    if (entity == PdEntity.DEALS && changes.containsKey("is_archived")) {
      boolean archived = ((JsonNode) changes.get("is_archived")).asBoolean();
      merged.put(
          "archive_time",
          archived ? TextNode.valueOf(PdTimes.v2(store.now())) : Json.object().nullNode());
    }
    extent(entity).update(record, merged);
  }

  /** Deletes a live record (a tombstone kept for the deleted listings). */
  void delete(PdEntity entity, StoredRecord record) {
    extent(entity).delete(record);
  }

  /** A live record by id, or a 404 failure naming the entity. */
  StoredRecord live(PdEntity entity, String id) {
    return extent(entity)
        .find(id)
        .filter(r -> !r.isDeleted())
        .orElseThrow(() -> PdFailure.notFound(entity.label() + " not found"));
  }

  /** True when the record is archived (deals and leads). */
  static boolean archived(StoredRecord r) {
    Object v = r.get("is_archived");
    return v instanceof JsonNode n && n.asBoolean();
  }

  /** The record's custom field values (an empty object when none). */
  static ObjectNode customOf(StoredRecord r) {
    return r.get(CUSTOM) instanceof ObjectNode n ? n : Json.object();
  }

  /** The record in its API's JSON shape: v2 {@code custom_fields}, v1 root-level hash keys. */
  ObjectNode render(PdEntity entity, StoredRecord r) {
    ObjectNode o = Json.object();
    o.set("id", id(entity, r));
    r.fields().forEach((k, v) -> o.set(k, (JsonNode) v));
    o.remove(CUSTOM);
    if (entity.hasCustomFields()) {
      ObjectNode custom = visibleCustom(entity, r);
      if (entity.v2()) {
        o.set(CUSTOM, custom);
      } else {
        o.setAll(custom);
      }
    }
    stamps(entity, r, o);
    return o;
  }

  /** The record's id as the API writes it: text for leads, a number otherwise. */
  static JsonNode id(PdEntity entity, StoredRecord r) {
    return entity == PdEntity.LEADS
        ? TextNode.valueOf(r.id())
        : Json.MAPPER.getNodeFactory().numberNode(Long.parseLong(r.id()));
  }

  private ObjectNode visibleCustom(PdEntity entity, StoredRecord r) {
    ObjectNode stored = customOf(r);
    ObjectNode out = Json.object();
    for (PdField f : schema.fields(entity)) {
      if (f.custom()) {
        out.set(f.key(), stored.has(f.key()) ? stored.get(f.key()) : Json.object().nullNode());
      }
    }
    return out;
  }

  private static void stamps(PdEntity entity, StoredRecord r, ObjectNode o) {
    Function<Instant, String> format =
        switch (entity) {
          case LEADS -> PdTimes::lead;
          case NOTES -> PdTimes::v1;
          default -> PdTimes::v2;
        };
    o.put("add_time", format.apply(r.createdAt()));
    o.put("update_time", format.apply(r.modifiedAt()));
    if (entity == PdEntity.NOTES) {
      o.put("active_flag", !r.isDeleted());
    } else if (entity != PdEntity.LEADS) {
      o.put("is_deleted", r.isDeleted());
    }
  }

  private Extent extent(PdEntity entity) {
    return store.extent(entity.path()).orElseThrow();
  }
}
