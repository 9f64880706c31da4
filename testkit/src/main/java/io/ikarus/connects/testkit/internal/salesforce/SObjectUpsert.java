package io.ikarus.connects.testkit.internal.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.SObjectField;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.util.List;
import java.util.Map;

/**
 * sObject rows by external id: read, upsert ({@code 201} created / {@code 200} updated with the
 * {@code created} flag from v46, {@code 204} before; {@code 300} on several matches) and delete.
 */
final class SObjectUpsert {

  private static final int CREATED_FLAG_SINCE = 46;

  private SObjectUpsert() {}

  static FakeResponse read(SfCall call, SfObject object, String fieldName, String value) {
    List<StoredRecord> matches = existing(object, fieldName, value);
    return matches.size() > 1
        ? multipleChoices(call, object, matches)
        : SObjectRows.read(call, object, matches.get(0));
  }

  static FakeResponse delete(SfCall call, SfObject object, String fieldName, String value) {
    List<StoredRecord> matches = existing(object, fieldName, value);
    if (matches.size() > 1) {
      return multipleChoices(call, object, matches);
    }
    object.extent().delete(matches.get(0));
    return FakeResponse.empty(204).records(1);
  }

  static FakeResponse upsert(SfCall call, SfObject object, String fieldName, String value) {
    SObjectField field = object.externalIdField(fieldName);
    Map<String, JsonNode> input = SfBodies.fields(SfBodies.object(call.request()));
    if (input.keySet().stream().anyMatch(k -> k.equalsIgnoreCase(field.name()))) {
      throw new SfFailure(
          400,
          SfError.field(
              "INVALID_FIELD",
              "The external ID field "
                  + field.name()
                  + " is given in the URL and must not be specified in the request body",
              field.name()));
    }
    List<StoredRecord> matches = object.byExternalId(field, value);
    if (matches.size() > 1) {
      return multipleChoices(call, object, matches);
    }
    boolean updateOnly = "true".equalsIgnoreCase(call.request().param("updateOnly"));
    if (matches.isEmpty() && (updateOnly || field.name().equals("Id"))) {
      throw SfFailure.notFound("The requested resource does not exist");
    }
    SfWriter.Upserted done =
        SfWriter.upsert(object, field, value, matches, input, SfValues::fromJson);
    boolean createdFlag = call.version() >= CREATED_FLAG_SINCE;
    if (!done.created()) {
      return createdFlag
          ? FakeResponse.json(200, SObjectRows.saveResult(done.id(), false)).records(1)
          : FakeResponse.empty(204).records(1);
    }
    return FakeResponse.json(201, SObjectRows.saveResult(done.id(), createdFlag ? true : null))
        .records(1);
  }

  private static List<StoredRecord> existing(SfObject object, String fieldName, String value) {
    SObjectField field = object.externalIdField(fieldName);
    List<StoredRecord> matches = object.byExternalId(field, value);
    if (matches.isEmpty()) {
      throw SfFailure.notFound("The requested resource does not exist");
    }
    return matches;
  }

  private static FakeResponse multipleChoices(
      SfCall call, SfObject object, List<StoredRecord> matches) {
    ArrayNode urls = Json.array();
    matches.forEach(r -> urls.add(object.url(r.id(), call.version())));
    return FakeResponse.json(300, urls);
  }
}
