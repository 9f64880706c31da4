package io.ikarus.connects.testkit.internal.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.SObjectField;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The per-record operations of sObject Collections; each returns a result or throws. */
final class CollectionOps {

  private final SfOrg org;
  private final Set<String> upsertKeysSeen = new HashSet<>();

  CollectionOps(SfOrg org) {
    this.org = org;
  }

  ObjectNode create(ObjectNode record) {
    SfObject object = typeOf(record);
    Map<String, JsonNode> input = SfBodies.fields(record);
    if (input.keySet().stream().anyMatch(k -> k.equalsIgnoreCase("Id"))) {
      throw new SfFailure(
          400, SfError.field("INVALID_FIELD", "cannot specify Id in an insert call", "Id"));
    }
    StoredRecord created =
        SfWriter.create(object, SfWriter.convert(object, input, true, SfValues::fromJson));
    return SObjectRows.saveResult(created.id(), null);
  }

  ObjectNode update(ObjectNode record) {
    SfObject object = typeOf(record);
    Map<String, JsonNode> input = new LinkedHashMap<>(SfBodies.fields(record));
    JsonNode id = input.remove("id");
    if (id == null) {
      id = input.remove("Id");
    }
    if (id == null || !id.isTextual()) {
      throw new SfFailure(
          400, SfError.field("MISSING_ARGUMENT", "Id not specified in an update call", "Id"));
    }
    StoredRecord stored = live(object, id.textValue());
    SfWriter.update(object, stored, SfWriter.convert(object, input, false, SfValues::fromJson));
    return SObjectRows.saveResult(stored.id(), null);
  }

  ObjectNode upsert(SfObject object, String fieldName, ObjectNode record) {
    SObjectField field = object.externalIdField(fieldName);
    Map<String, JsonNode> input = new LinkedHashMap<>(SfBodies.fields(record));
    JsonNode key = input.remove(field.name());
    if (key == null || key.isNull()) {
      throw new SfFailure(
          400, SfError.field("MISSING_ARGUMENT", field.name() + " not specified", field.name()));
    }
    String value = key.asText();
    if (!upsertKeysSeen.add(object.name() + "\u0000" + value.toLowerCase(java.util.Locale.ROOT))) {
      throw new SfFailure(
          400,
          SfError.field(
              "DUPLICATE_EXTERNAL_ID", "Duplicate external id specified: " + value, field.name()));
    }
    List<StoredRecord> matches = object.byExternalId(field, value);
    if (matches.size() > 1) {
      throw new SfFailure(
          400,
          SfError.field(
              "DUPLICATE_EXTERNAL_ID",
              "More than 1 record found for external id field: "
                  + matches.stream().map(StoredRecord::id).toList(),
              field.name()));
    }
    SfWriter.Upserted done =
        SfWriter.upsert(object, field, value, matches, input, SfValues::fromJson);
    return SObjectRows.saveResult(done.id(), done.created());
  }

  ObjectNode delete(String id) {
    if (!SfIds.isWellFormed(id)) {
      throw new SfFailure(400, SfError.field("MALFORMED_ID", "malformed id " + id, "id"));
    }
    SfObject object =
        org.objectForId(id)
            .orElseThrow(
                () ->
                    new SfFailure(
                        400,
                        SfError.field(
                            "INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id")));
    object.extent().delete(live(object, id));
    return SObjectRows.saveResult(SfIds.canonical(id), null);
  }

  /** The id to show in a failed result: the record's id for updates and deletes. */
  String idOf(Object input) {
    if (input instanceof String s) {
      return s;
    }
    JsonNode id = input instanceof ObjectNode o ? o.get("id") : null;
    return id != null && id.isTextual() ? id.textValue() : null;
  }

  static ObjectNode failure(String id, SfError error) {
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
        throw new SfFailure(400, SfError.field(code, "entity is deleted"));
      }
      throw new SfFailure(
          400, SfError.field("INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id"));
    }
  }
}
