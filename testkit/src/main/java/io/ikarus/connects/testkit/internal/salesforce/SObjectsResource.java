package io.ikarus.connects.testkit.internal.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.SObjectField;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code /services/data/vXX.X/sobjects/...}: rows by id (create, read, update, delete), rows by
 * external id (read, upsert with {@code 201} created / {@code 200} updated and the {@code created}
 * flag from v46, {@code 204} before; {@code 300} on several matches; delete), describe and
 * replication.
 */
final class SObjectsResource {

  private static final int CREATED_FLAG_SINCE = 46;

  private final SfOrg org;

  SObjectsResource(SfOrg org) {
    this.org = org;
  }

  FakeResponse route(SfCall call) {
    if (call.path().isEmpty()) {
      return call.method().equals("GET")
          ? SObjectDescribe.global(call, org.objects())
          : SfError.methodNotAllowed(call.method(), "GET,HEAD");
    }
    SfObject object = org.objectOrNotFound(call.segment(0));
    return switch (call.path().size()) {
      case 1 -> objectRoot(call, object);
      case 2 -> second(call, object, call.segment(1));
      case 3 -> byExternalId(call, object, call.segment(1), call.segment(2));
      default -> SfError.notFound();
    };
  }

  private static FakeResponse objectRoot(SfCall call, SfObject object) {
    return switch (call.method()) {
      case "POST" -> create(call, object);
      case "GET" -> SObjectDescribe.describe(call, object);
      default -> SfError.methodNotAllowed(call.method(), "GET,HEAD,POST");
    };
  }

  private FakeResponse second(SfCall call, SfObject object, String name) {
    if (!name.equals("describe") && !name.equals("deleted") && !name.equals("updated")) {
      return row(call, object, name);
    }
    if (!call.method().equals("GET")) {
      return SfError.methodNotAllowed(call.method(), "GET,HEAD");
    }
    return switch (name) {
      case "describe" -> SObjectDescribe.describe(call, object);
      case "deleted" -> SObjectReplication.deleted(call, object, org.store.now());
      default -> SObjectReplication.updated(call, object);
    };
  }

  private static FakeResponse row(SfCall call, SfObject object, String id) {
    return switch (call.method()) {
      case "GET" -> read(call, object, object.live(id));
      case "PATCH" -> update(call, object, id);
      case "DELETE" -> deleted(object, object.live(id));
      case "POST" ->
          id.equals("Id")
              ? create(call, object)
              : SfError.methodNotAllowed("POST", "GET,HEAD,PATCH,DELETE");
      default -> SfError.methodNotAllowed(call.method(), "GET,HEAD,PATCH,DELETE");
    };
  }

  private static FakeResponse byExternalId(
      SfCall call, SfObject object, String fieldName, String value) {
    if (call.method().equals("PATCH")) {
      return upsert(call, object, object.externalIdField(fieldName), value);
    }
    if (!call.method().equals("GET") && !call.method().equals("DELETE")) {
      return SfError.methodNotAllowed(call.method(), "GET,HEAD,PATCH,DELETE");
    }
    List<StoredRecord> matches = object.byExternalId(object.externalIdField(fieldName), value);
    if (matches.isEmpty()) {
      throw SfFailure.notFound();
    }
    if (matches.size() > 1) {
      return multipleChoices(call, object, matches);
    }
    return call.method().equals("GET")
        ? read(call, object, matches.get(0))
        : deleted(object, matches.get(0));
  }

  /** {@code POST /sobjects/{Obj}/}: 201 with {@code {id, success, errors}}. */
  private static FakeResponse create(SfCall call, SfObject object) {
    Map<String, JsonNode> input = SfBodies.fields(SfBodies.object(call.request()));
    Map<String, Object> values = SfWriter.convert(object, input, true, SfValues::fromJson);
    return FakeResponse.json(201, SfWriter.create(object, values).saveResult(false)).records(1);
  }

  /** {@code GET /sobjects/{Obj}/{id}[?fields=A,B]}. */
  private static FakeResponse read(SfCall call, SfObject object, StoredRecord record) {
    List<SObjectField> fields = object.schema().fields();
    String list = call.request().param("fields");
    if (list != null) {
      fields = Arrays.stream(list.split(",")).map(n -> object.fieldOrFail(n.trim())).toList();
    }
    return FakeResponse.json(200, object.toJson(record, fields, call.version())).records(1);
  }

  /**
   * {@code PATCH /sobjects/{Obj}/{id}}: 204. With {@code If-Unmodified-Since} (an HTTP date), a
   * record modified after that second answers 412 and is not written; an unreadable date answers
   * 400, as Salesforce does.
   */
  private static FakeResponse update(SfCall call, SfObject object, String id) {
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

  private static FakeResponse deleted(SfObject object, StoredRecord record) {
    SfWriter.delete(object, record);
    return FakeResponse.empty(204).records(1);
  }

  /** {@code PATCH /sobjects/{Obj}/{field}/{value}}: update the one match or create. */
  private static FakeResponse upsert(
      SfCall call, SfObject object, SObjectField field, String value) {
    Map<String, JsonNode> input = SfBodies.fields(SfBodies.object(call.request()));
    if (input.containsKey(SfBodies.key(input, field.name()))) {
      throw SfFailure.field(
          "INVALID_FIELD",
          "The external ID field "
              + field.name()
              + " is given in the URL and must not be specified in the request body",
          field.name());
    }
    List<StoredRecord> matches = object.byExternalId(field, value);
    if (matches.size() > 1) {
      return multipleChoices(call, object, matches);
    }
    boolean updateOnly = "true".equalsIgnoreCase(call.request().param("updateOnly"));
    if (matches.isEmpty() && (updateOnly || field.name().equals("Id"))) {
      throw SfFailure.notFound();
    }
    SfWriter.Written done =
        SfWriter.upsert(object, field, value, matches, input, SfValues::fromJson);
    boolean createdFlag = call.version() >= CREATED_FLAG_SINCE;
    if (!done.created() && !createdFlag) {
      return FakeResponse.empty(204).records(1);
    }
    return FakeResponse.json(done.created() ? 201 : 200, done.saveResult(createdFlag)).records(1);
  }

  private static FakeResponse multipleChoices(
      SfCall call, SfObject object, List<StoredRecord> matches) {
    ArrayNode urls = Json.array();
    matches.forEach(r -> urls.add(object.url(r.id(), call.version())));
    return FakeResponse.json(300, urls);
  }
}
