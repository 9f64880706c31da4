package io.ikarus.connects.testkit.internal.pipedrive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

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
    List<StoredRecord> hits =
        records.all(entity).stream()
            .filter(r -> !r.isDeleted() && matches(entity, r, fields, needle, exact))
            .toList();
    double score = exact ? 1.0 : 0.5;
    return PdBodies.v2Page(
        hits,
        request,
        page -> {
          ArrayNode items = Json.array();
          page.forEach(
              r -> items.addObject().put("result_score", score).set("item", item(entity, r)));
          return Json.object().set("items", items);
        });
  }

  private static Set<String> fields(PdEntity entity, String param) {
    Set<String> searchable = entity.spec().searchFields();
    if (searchable.isEmpty()) {
      throw PdFailure.notFound("Not found");
    }
    if (param == null) {
      return searchable;
    }
    Set<String> wanted = Set.copyOf(Arrays.asList(param.split(",")));
    if (!searchable.containsAll(wanted)) {
      throw PdFailure.badRequest(
          "Parameter 'fields' must be a subset of " + String.join(",", searchable));
    }
    return wanted;
  }

  /** True when a searched field's text equals ({@code exact}) or contains the needle. */
  private boolean matches(
      PdEntity entity, StoredRecord r, Set<String> fields, String needle, boolean exact) {
    return fields.stream()
        .flatMap(f -> searched(entity, r, f))
        .map(PdSearch::text)
        .filter(Objects::nonNull)
        .map(v -> v.toLowerCase(Locale.ROOT))
        .anyMatch(v -> exact ? v.equals(needle) : v.contains(needle));
  }

  /** The values field {@code f} searches: its contacts, its searchable custom fields, or itself. */
  private Stream<JsonNode> searched(PdEntity entity, StoredRecord r, String f) {
    return switch (f) {
      case "email", "phone" ->
          r.get(f + "s") instanceof JsonNode contacts ? contacts.valueStream() : Stream.empty();
      case "custom_fields" ->
          PdRecords.customOf(r)
              .propertyStream()
              .filter(e -> isSearchable(entity, e.getKey()))
              .map(Map.Entry::getValue);
      default -> Stream.ofNullable((JsonNode) r.get(f));
    };
  }

  private boolean isSearchable(PdEntity entity, String key) {
    return schema.custom(entity, key).filter(f -> SEARCHABLE.contains(f.type())).isPresent();
  }

  /** The text of a value: itself, or an object's {@code value} (contacts, address, monetary). */
  private static String text(JsonNode node) {
    JsonNode v = node != null && node.isObject() ? node.path("value") : node;
    return v != null && (v.isTextual() || v.isNumber()) ? v.asText() : null;
  }

  private ObjectNode item(PdEntity entity, StoredRecord r) {
    ObjectNode full = records.render(entity, r);
    ObjectNode item = Json.object();
    item.set("id", full.get("id"));
    item.put("type", entity.item());
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
    return Json.array().addAll(contacts.valueStream().map(c -> c.path("value")).toList());
  }
}
