package io.ikarus.connects.testkit.internal.pipedrive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code GET /api/v2/{entity}/search}: {@code term} (at least 2 characters, 1 with {@code
 * exact_match=true}), {@code fields}, {@code exact_match} (whole value, case-insensitive), cursor
 * pages of {@code {result_score, item}}. Only searchable custom field types are indexed.
 */
final class PdSearch {

  private static final Set<String> SEARCHABLE =
      Set.of("varchar", "varchar_auto", "text", "double", "monetary", "phone", "address");

  private final PdRecords records;
  private final PdSchema schema;

  PdSearch(PdRecords records, PdSchema schema) {
    this.records = records;
    this.schema = schema;
  }

  FakeResponse search(PdEntity entity, FakeRequest request) {
    boolean exact = "true".equals(request.param("exact_match"));
    String term = request.param("term");
    if (term == null || term.trim().length() < (exact ? 1 : 2)) {
      throw PdFailure.badRequest(
          "Parameter 'term' must be at least " + (exact ? 1 : 2) + " characters long");
    }
    Set<String> fields = fields(entity, request.param("fields"));
    String needle = term.trim().toLowerCase(Locale.ROOT);
    int limit = PdListing.limit(request.param("limit"), 100);
    int offset = PdOffsets.start(request.param("cursor"));
    List<StoredRecord> hits = new ArrayList<>();
    for (StoredRecord r : records.all(entity)) {
      if (!r.isDeleted() && matches(entity, r, fields, needle, exact)) {
        hits.add(r);
      }
    }
    ArrayNode items = Json.array();
    int end = Math.min(hits.size(), offset + limit);
    for (StoredRecord r : hits.subList(Math.min(offset, end), end)) {
      ObjectNode hit = items.addObject();
      hit.put("result_score", exact ? 1.0 : 0.5);
      hit.set("item", item(entity, r));
    }
    ObjectNode data = Json.object();
    data.set("items", items);
    ObjectNode additional = Json.object();
    additional.put("next_cursor", end < hits.size() ? PdOffsets.cursor(end) : null);
    return PdBodies.ok(data, additional).records(items.size());
  }

  private static Set<String> fields(PdEntity entity, String param) {
    if (entity.searchFields().isEmpty()) {
      throw PdFailure.notFound("Not found");
    }
    if (param == null) {
      return entity.searchFields();
    }
    Set<String> wanted = Set.of(param.split(","));
    for (String f : wanted) {
      if (!entity.searchFields().contains(f)) {
        throw PdFailure.badRequest(
            "Parameter 'fields' must be a subset of " + String.join(",", entity.searchFields()));
      }
    }
    return wanted;
  }

  private boolean matches(
      PdEntity entity, StoredRecord r, Set<String> fields, String needle, boolean exact) {
    for (String value : values(entity, r, fields)) {
      String v = value.toLowerCase(Locale.ROOT);
      if (exact ? v.equals(needle) : v.contains(needle)) {
        return true;
      }
    }
    return false;
  }

  private List<String> values(PdEntity entity, StoredRecord r, Set<String> fields) {
    List<String> out = new ArrayList<>();
    for (String f : fields) {
      switch (f) {
        case "email" -> contacts(r.get("emails"), out);
        case "phone" -> contacts(r.get("phones"), out);
        case "custom_fields" -> custom(entity, r, out);
        case "address" ->
            text(r.get("address") instanceof JsonNode a ? a.path("value") : null, out);
        default -> text(r.get(f), out);
      }
    }
    return out;
  }

  private void custom(PdEntity entity, StoredRecord r, List<String> out) {
    PdRecords.customOf(r)
        .fields()
        .forEachRemaining(
            e ->
                schema
                    .custom(entity, e.getKey())
                    .filter(f -> SEARCHABLE.contains(f.type()))
                    .ifPresent(
                        f ->
                            text(
                                e.getValue().isObject() ? e.getValue().path("value") : e.getValue(),
                                out)));
  }

  private static void contacts(Object node, List<String> out) {
    if (node instanceof JsonNode array) {
      array.forEach(c -> text(c.path("value"), out));
    }
  }

  private static void text(Object node, List<String> out) {
    if (node instanceof JsonNode n && (n.isTextual() || n.isNumber())) {
      out.add(n.asText());
    }
  }

  private ObjectNode item(PdEntity entity, StoredRecord r) {
    ObjectNode full = records.render(entity, r);
    ObjectNode item = Json.object();
    item.set("id", full.get("id"));
    item.put("type", entity.label().toLowerCase(Locale.ROOT));
    for (String key : List.of("name", "title", "code", "update_time")) {
      if (full.has(key)) {
        item.set(key, full.get(key));
      }
    }
    if (entity == PdEntity.PERSONS) {
      item.set("emails", flatten(full.path("emails")));
      item.set("phones", flatten(full.path("phones")));
    }
    return item;
  }

  private static ArrayNode flatten(JsonNode contacts) {
    ArrayNode out = Json.array();
    contacts.forEach(c -> out.add(c.path("value").asText()));
    return out;
  }
}
