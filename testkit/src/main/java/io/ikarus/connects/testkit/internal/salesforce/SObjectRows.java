package io.ikarus.connects.testkit.internal.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.SObjectField;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** sObject rows by id: create, read, update, delete. */
final class SObjectRows {

  private SObjectRows() {}

  /** {@code POST /sobjects/{Obj}/}: 201 with {@code {id, success, errors}}. */
  static FakeResponse create(SfCall call, SfObject object) {
    Map<String, JsonNode> input = SfBodies.fields(SfBodies.object(call.request()));
    Map<String, Object> values = SfWriter.convert(object, input, true, SfValues::fromJson);
    StoredRecord record = SfWriter.create(object, values);
    return FakeResponse.json(201, saveResult(record.id(), null)).records(1);
  }

  /** {@code GET /sobjects/{Obj}/{id}[?fields=A,B]}. */
  static FakeResponse read(SfCall call, SfObject object, StoredRecord record) {
    return FakeResponse.json(200, object.toJson(record, fields(call, object), call.version()))
        .records(1);
  }

  /**
   * {@code PATCH /sobjects/{Obj}/{id}}: 204. With {@code If-Unmodified-Since} (an HTTP date), a
   * record modified after that second answers 412 and is not written; an unreadable date answers
   * 400, as Salesforce does.
   */
  static FakeResponse update(SfCall call, SfObject object, String id) {
    StoredRecord record = object.live(id);
    String since = call.request().header("If-Unmodified-Since");
    if (since != null) {
      Instant limit;
      try {
        limit = ZonedDateTime.parse(since, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      } catch (DateTimeParseException e) {
        return SfError.of("INVALID_HEADER_TYPE", "Invalid If-Unmodified-Since header: " + since)
            .response(400);
      }
      if (record.modifiedAt().truncatedTo(ChronoUnit.SECONDS).isAfter(limit)) {
        return SfError.of(
                "ENTITY_FAILED_IFLASTMODIFIED_ON_UPDATE_CHECK",
                "record has been modified since you retrieved it")
            .response(412);
      }
    }
    Map<String, JsonNode> input = SfBodies.fields(SfBodies.object(call.request()));
    SfWriter.update(object, record, SfWriter.convert(object, input, false, SfValues::fromJson));
    return FakeResponse.empty(204).records(1);
  }

  /** {@code DELETE /sobjects/{Obj}/{id}}: 204. */
  static FakeResponse delete(SfObject object, String id) {
    object.extent().delete(object.live(id));
    return FakeResponse.empty(204).records(1);
  }

  /** The save result body; {@code created} is added only when not null. */
  static ObjectNode saveResult(String id, Boolean created) {
    ObjectNode node = Json.object().put("id", id).put("success", true);
    node.putArray("errors");
    if (created != null) {
      node.put("created", created);
    }
    return node;
  }

  private static Collection<SObjectField> fields(SfCall call, SfObject object) {
    String list = call.request().param("fields");
    if (list == null) {
      return object.schema().fields();
    }
    List<SObjectField> fields = new ArrayList<>();
    for (String name : list.split(",")) {
      fields.add(object.fieldOrFail(name.trim()));
    }
    return fields;
  }
}
