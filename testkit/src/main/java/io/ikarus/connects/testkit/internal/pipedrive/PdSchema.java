package io.ikarus.connects.testkit.internal.pipedrive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.Json;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The fields of each entity: the standard ones and the company's custom fields, whose keys are
 * random 40-character lower-case hex hashes (different in every fake, as in every company). Leads
 * share the deal fields. Deleted custom fields disappear and are silently ignored in writes. And
 * the Fields API: v2 {@code /api/v2/{entity}Fields[/{field_code}]} with cursor pages (GET, POST to
 * add a custom field, DELETE), and v1 {@code /v1/{entity}Fields} and {@code /v1/leadFields} with
 * offset pages ({@code key}, {@code name}, {@code edit_flag} = custom).
 */
final class PdSchema {

  private final Map<PdEntity, Map<String, PdField>> custom = new EnumMap<>(PdEntity.class);
  private long nextId = 9000;
  private long nextOptionId = 100;

  /** Adds a custom field and returns it; {@code options} are labels for enum and set fields. */
  PdField addCustom(PdEntity entity, String name, String type, List<String> options) {
    if (!PdCustomTypes.exists(type)) {
      throw PdFailure.badRequest("Invalid field_type: " + type);
    }
    List<PdField.PdOption> opts = new ArrayList<>();
    for (String label : options) {
      opts.add(new PdField.PdOption(nextOptionId++, label));
    }
    PdField field =
        new PdField(nextId++, PipedriveApi.randomHash(), name, type, true, List.copyOf(opts));
    customOf(entity).put(field.key(), field);
    return field;
  }

  /** Deletes a custom field, if there is one with {@code key}. */
  void deleteCustom(PdEntity entity, String key) {
    customOf(entity).remove(key);
  }

  /** The live custom field with {@code key}, if any. */
  Optional<PdField> custom(PdEntity entity, String key) {
    return Optional.ofNullable(customOf(entity).get(key));
  }

  /** Every field of {@code entity}: standard ones first, then custom ones in creation order. */
  List<PdField> fields(PdEntity entity) {
    List<PdField> all = new ArrayList<>();
    long id = 1;
    all.add(new PdField(id++, "id", "ID", "int", false, List.of()));
    for (Map.Entry<String, PdType> e : new TreeMap<>(entity.spec().standard()).entrySet()) {
      all.add(
          new PdField(
              id++, e.getKey(), label(e.getKey()), e.getValue().fieldType(), false, List.of()));
    }
    all.add(new PdField(id++, "add_time", "Created", "date", false, List.of()));
    all.add(new PdField(id, "update_time", "Update time", "date", false, List.of()));
    all.addAll(customOf(entity).values());
    return all;
  }

  /** Answers a v2 fields request; {@code rest} is what follows {@code /api/v2/{x}Fields}. */
  FakeResponse v2Api(PdEntity entity, FakeRequest request, List<String> rest) throws Exception {
    String method = request.method();
    if (rest.isEmpty() && method.equals("GET")) {
      return PdBodies.v2Page(
          fields(entity),
          request,
          page -> Json.array().addAll(page.stream().map(f -> shape(f, false)).toList()));
    }
    if (rest.isEmpty() && method.equals("POST")) {
      return PdBodies.ok(shape(add(entity, request.json()), false), null);
    }
    if (rest.size() > 1) {
      throw PdFailure.notFound("Not found");
    }
    PdField field = rest.isEmpty() ? null : find(entity, rest.get(0));
    if (field != null && method.equals("DELETE")) {
      if (!field.custom()) {
        throw PdFailure.badRequest("System field '" + field.key() + "' cannot be deleted");
      }
      deleteCustom(entity, field.key());
      return PdBodies.ok(Json.object().put("field_code", field.key()), null);
    }
    return field != null && method.equals("GET")
        ? PdBodies.ok(shape(field, false), null)
        : PdErrors.methodNotAllowed();
  }

  /** Answers {@code GET /v1/{x}Fields} with offset pages. */
  FakeResponse v1Api(PdEntity entity, FakeRequest request) {
    return PdBodies.v1Page(fields(entity).stream().map(f -> shape(f, true)).toList(), request);
  }

  private PdField add(PdEntity entity, JsonNode body) {
    String name = body.path("field_name").asText("");
    String type = body.path("field_type").asText("");
    if (name.isBlank() || type.isBlank()) {
      throw PdFailure.badRequest("Parameters 'field_name' and 'field_type' are required");
    }
    List<String> options =
        body.path("options").valueStream().map(o -> o.path("label").asText()).toList();
    return addCustom(entity, name, type, options);
  }

  private PdField find(PdEntity entity, String code) {
    return fields(entity).stream()
        .filter(f -> f.key().equals(code))
        .findFirst()
        .orElseThrow(() -> PdFailure.notFound("Field not found"));
  }

  /**
   * A field as v1 ({@code key}, {@code edit_flag}, ...) or v2 ({@code field_code}, ...) lists it.
   */
  private static ObjectNode shape(PdField f, boolean v1) {
    ObjectNode o = Json.object();
    if (v1) {
      o.put("id", f.id());
    }
    o.put(v1 ? "key" : "field_code", f.key());
    o.put(v1 ? "name" : "field_name", f.name());
    o.put("field_type", f.type());
    o.put(v1 ? "edit_flag" : "is_custom_field", f.custom());
    o.set(
        "options",
        f.options().isEmpty() ? NullNode.getInstance() : Json.MAPPER.valueToTree(f.options()));
    if (v1) {
      o.put("active_flag", true);
      o.put("mandatory_flag", false);
      o.put("searchable_flag", f.custom());
    } else {
      o.put("is_optional_response_field", false);
      o.putNull("subfields");
      o.putNull("description");
    }
    return o;
  }

  private Map<String, PdField> customOf(PdEntity entity) {
    PdEntity owner = entity == PdEntity.LEADS ? PdEntity.DEALS : entity;
    return custom.computeIfAbsent(owner, e -> new LinkedHashMap<>());
  }

  private static String label(String key) {
    String spaced = key.replace("_id", "").replace('_', ' ');
    return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }
}
