package io.ikarus.connects.testkit.internal.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.SObjectField;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * sObject Collections ({@code /composite/sobjects}): create, update, upsert by external id and
 * delete of up to 200 records. A well-formed request always answers 200 with one result per input
 * in input order ({@code statusCode} keys in errors); with {@code allOrNone} one failure rolls all
 * back and the others report {@code ALL_OR_NONE_OPERATION_ROLLED_BACK}. Each per-record operation
 * returns a result or throws {@link SfFailure}.
 */
final class CollectionsResource {

  static final int MAX_RECORDS = 200;
  private static final SfError ROLLED_BACK =
      SfError.of(
          "ALL_OR_NONE_OPERATION_ROLLED_BACK",
          "Record rolled back because not all records were valid and the request was using"
              + " AllOrNone header");

  private final SfOrg org;

  CollectionsResource(SfOrg org) {
    this.org = org;
  }

  FakeResponse route(SfCall call) {
    if (call.path().isEmpty() || !call.segment(0).equals("sobjects")) {
      return SfError.notFound();
    }
    if (call.path().size() == 3) {
      if (!call.method().equals("PATCH")) {
        return SfError.methodNotAllowed(call.method(), "PATCH");
      }
      SfObject object = org.objectOrNotFound(call.segment(1));
      Set<String> keysSeen = new HashSet<>();
      return withBody(call, r -> upsert(object, call.segment(2), r, keysSeen));
    }
    if (call.path().size() != 1) {
      return SfError.notFound();
    }
    return switch (call.method()) {
      case "POST" -> withBody(call, this::create);
      case "PATCH" -> withBody(call, this::update);
      case "DELETE" -> delete(call);
      default -> SfError.methodNotAllowed(call.method(), "POST,PATCH,DELETE");
    };
  }

  private FakeResponse withBody(SfCall call, Function<ObjectNode, ObjectNode> op) {
    ObjectNode body = SfBodies.object(call.request());
    JsonNode records = body.get("records");
    if (records == null || !records.isArray()) {
      throw SfFailure.badRequest("JSON_PARSER_ERROR", "records is required and must be an array");
    }
    checkSize(records.size());
    List<ObjectNode> inputs = new ArrayList<>();
    for (JsonNode r : records) {
      if (!r.isObject()) {
        throw SfFailure.badRequest("JSON_PARSER_ERROR", "each record must be a JSON object");
      }
      inputs.add((ObjectNode) r);
    }
    return run(inputs, body.path("allOrNone").asBoolean(false), op);
  }

  private FakeResponse delete(SfCall call) {
    String ids = call.request().param("ids");
    if (ids == null || ids.isBlank()) {
      throw SfFailure.badRequest("MISSING_ARGUMENT", "ids parameter is required");
    }
    List<String> list = List.of(ids.split(","));
    checkSize(list.size());
    boolean allOrNone = "true".equalsIgnoreCase(call.request().param("allOrNone"));
    return run(list, allOrNone, this::delete);
  }

  private <T> FakeResponse run(List<T> inputs, boolean allOrNone, Function<T, ObjectNode> op) {
    List<ObjectNode> results = new ArrayList<>();
    boolean failed = false;
    org.store.begin();
    for (T input : inputs) {
      try {
        results.add(op.apply(input));
      } catch (SfFailure e) {
        failed = true;
        results.add(failure(idOf(input), e.error()));
      }
    }
    if (allOrNone && failed) {
      org.store.rollback();
      for (int i = 0; i < results.size(); i++) {
        if (results.get(i).get("success").asBoolean()) {
          results.set(i, failure(null, ROLLED_BACK));
        }
      }
    } else {
      org.store.commit();
    }
    return FakeResponse.json(200, Json.array().addAll(results)).records(inputs.size());
  }

  private static void checkSize(int size) {
    if (size > MAX_RECORDS) {
      throw SfFailure.badRequest(
          "EXCEEDED_ID_LIMIT",
          "record limit reached. cannot submit more than "
              + MAX_RECORDS
              + " records into this call");
    }
  }

  private ObjectNode create(ObjectNode record) {
    SfObject object = typeOf(record);
    Map<String, JsonNode> input = SfBodies.fields(record);
    if (input.containsKey(SfBodies.key(input, "Id"))) {
      throw SfFailure.field("INVALID_FIELD", "cannot specify Id in an insert call", "Id");
    }
    Map<String, Object> values = SfWriter.convert(object, input, true, SfValues::fromJson);
    return SfWriter.create(object, values).saveResult(false);
  }

  private ObjectNode update(ObjectNode record) {
    SfObject object = typeOf(record);
    Map<String, JsonNode> input = new LinkedHashMap<>(SfBodies.fields(record));
    JsonNode id = input.remove(SfBodies.key(input, "Id"));
    if (id == null || !id.isTextual()) {
      throw SfFailure.field("MISSING_ARGUMENT", "Id not specified in an update call", "Id");
    }
    StoredRecord stored = live(object, id.textValue());
    Map<String, Object> values = SfWriter.convert(object, input, false, SfValues::fromJson);
    return SfWriter.update(object, stored, values).saveResult(false);
  }

  private static ObjectNode upsert(
      SfObject object, String fieldName, ObjectNode record, Set<String> keysSeen) {
    SObjectField field = object.externalIdField(fieldName);
    Map<String, JsonNode> input = new LinkedHashMap<>(SfBodies.fields(record));
    JsonNode key = input.remove(SfBodies.key(input, field.name()));
    if (key == null || key.isNull()) {
      throw SfFailure.field("MISSING_ARGUMENT", field.name() + " not specified", field.name());
    }
    String value = key.asText();
    if (!keysSeen.add(value.toLowerCase(Locale.ROOT))) {
      throw SfFailure.field(
          "DUPLICATE_EXTERNAL_ID", "Duplicate external id specified: " + value, field.name());
    }
    List<StoredRecord> matches = object.byExternalId(field, value);
    if (matches.size() > 1) {
      throw SfFailure.field(
          "DUPLICATE_EXTERNAL_ID",
          "More than 1 record found for external id field: "
              + matches.stream().map(StoredRecord::id).toList(),
          field.name());
    }
    return SfWriter.upsert(object, field, value, matches, input, SfValues::fromJson)
        .saveResult(true);
  }

  private ObjectNode delete(String id) {
    if (!SfIds.isWellFormed(id)) {
      throw SfFailure.field("MALFORMED_ID", "malformed id " + id, "id");
    }
    SfObject object =
        org.objectForId(id)
            .orElseThrow(
                () -> SfFailure.field("INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id"));
    return SfWriter.delete(object, live(object, id)).saveResult(false);
  }

  /** The id to show in a failed result: the record's id for updates and deletes. */
  private static String idOf(Object input) {
    if (input instanceof String s) {
      return s;
    }
    if (!(input instanceof ObjectNode o)) {
      return null;
    }
    Map<String, JsonNode> fields = SfBodies.fields(o);
    JsonNode id = fields.get(SfBodies.key(fields, "Id"));
    return id != null && id.isTextual() ? id.textValue() : null;
  }

  private static ObjectNode failure(String id, SfError error) {
    ObjectNode node = Json.object();
    if (id != null) {
      node.put("id", id);
    }
    node.put("success", false);
    node.putArray("errors").add(error.toCollection());
    return node;
  }

  private SfObject typeOf(ObjectNode record) {
    JsonNode type = record.path("attributes").path("type");
    if (!type.isTextual()) {
      throw SfFailure.badRequest("INVALID_TYPE", "Must send a concrete entity type.");
    }
    return org.object(type.textValue())
        .orElseThrow(
            () ->
                SfFailure.badRequest(
                    "INVALID_TYPE", "sObject type '" + type.textValue() + "' is not supported."));
  }

  private static StoredRecord live(SfObject object, String id) {
    try {
      return object.live(id);
    } catch (SfFailure e) {
      String code = e.error().code();
      if (code.equals("ENTITY_IS_DELETED")) {
        throw SfFailure.field(code, "entity is deleted");
      }
      throw SfFailure.field("INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id");
    }
  }
}
