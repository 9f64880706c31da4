package io.ikarus.connects.testkit.internal.pipedrive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * The Fields API: v2 {@code /api/v2/{entity}Fields[/{field_code}]} with cursor pages (GET, POST to
 * add a custom field, DELETE), and v1 {@code /v1/{entity}Fields} and {@code /v1/leadFields} with
 * offset pages ({@code key}, {@code name}, {@code edit_flag} = custom).
 */
final class PdFieldsApi {

  private final PdSchema schema;

  PdFieldsApi(PdSchema schema) {
    this.schema = schema;
  }

  /** Answers a v2 fields request; {@code rest} is what follows {@code /api/v2/{x}Fields}. */
  FakeResponse v2(PdEntity entity, FakeRequest request, List<String> rest) throws Exception {
    if (rest.isEmpty() && request.method().equals("GET")) {
      return PdBodies.v2Page(
          schema.fields(entity),
          request,
          page -> Json.array().addAll(page.stream().map(PdFieldsApi::v2Shape).toList()));
    }
    if (rest.isEmpty() && request.method().equals("POST")) {
      return PdBodies.ok(v2Shape(add(entity, request.json())), null);
    }
    PdField field = find(entity, rest.get(0));
    if (request.method().equals("DELETE") && field.custom()) {
      schema.deleteCustom(entity, field.key());
      ObjectNode data = Json.object();
      data.put("field_code", field.key());
      return PdBodies.ok(data, null);
    }
    return PdBodies.ok(v2Shape(field), null);
  }

  /** Answers {@code GET /v1/{x}Fields} with offset pages. */
  FakeResponse v1(PdEntity entity, FakeRequest request) {
    return PdBodies.v1Page(
        schema.fields(entity).stream().map(PdFieldsApi::v1Shape).toList(), request);
  }

  private PdField add(PdEntity entity, JsonNode body) {
    String name = body.path("field_name").asText("");
    String type = body.path("field_type").asText("");
    if (name.isBlank() || type.isBlank()) {
      throw PdFailure.badRequest("Parameters 'field_name' and 'field_type' are required");
    }
    List<String> options = new ArrayList<>();
    body.path("options").forEach(o -> options.add(o.path("label").asText()));
    return schema.addCustom(entity, name, type, options);
  }

  private PdField find(PdEntity entity, String code) {
    return schema.fields(entity).stream()
        .filter(f -> f.key().equals(code))
        .findFirst()
        .orElseThrow(() -> PdFailure.notFound("Field not found"));
  }

  private static ObjectNode v2Shape(PdField f) {
    ObjectNode o = Json.object();
    o.put("field_code", f.key());
    o.put("field_name", f.name());
    o.put("field_type", f.type());
    o.put("is_custom_field", f.custom());
    o.put("is_optional_response_field", false);
    o.set("options", options(f));
    o.putNull("subfields");
    o.putNull("description");
    return o;
  }

  private static ObjectNode v1Shape(PdField f) {
    ObjectNode o = Json.object();
    o.put("id", f.id());
    o.put("key", f.key());
    o.put("name", f.name());
    o.put("field_type", f.type());
    o.put("edit_flag", f.custom());
    o.put("active_flag", true);
    o.put("mandatory_flag", false);
    o.put("searchable_flag", f.custom());
    o.set("options", options(f));
    return o;
  }

  private static JsonNode options(PdField f) {
    return f.options().isEmpty() ? NullNode.getInstance() : Json.MAPPER.valueToTree(f.options());
  }
}
