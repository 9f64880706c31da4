package io.ikarus.connects.testkit.internal.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.SObjectField;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.util.LinkedHashMap;
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
    SObjectField field = SfLookup.externalIdField(object, fieldName);
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
    List<StoredRecord> matches = SfLookup.byExternalId(object, field, value);
    if (matches.size() > 1) {
      return multipleChoices(call, object, matches);
    }
    boolean createdFlag = call.version() >= CREATED_FLAG_SINCE;
    if (matches.size() == 1) {
      Map<String, Object> values = SfWriter.convert(object, input, false, SfValues::fromJson);
      SfWriter.update(object, matches.get(0), values);
      return createdFlag
          ? FakeResponse.json(200, SObjectRows.saveResult(matches.get(0).id(), false)).records(1)
          : FakeResponse.empty(204).records(1);
    }
    if ("true".equalsIgnoreCase(call.request().param("updateOnly")) || field.name().equals("Id")) {
      throw SfLookup.notFound("The requested resource does not exist");
    }
    Map<String, Object> values =
        new LinkedHashMap<>(SfWriter.convert(object, input, true, SfValues::fromJson));
    values.put(field.name(), SfValues.fromText(field, value));
    StoredRecord created = SfWriter.create(object, values);
    return FakeResponse.json(201, SObjectRows.saveResult(created.id(), createdFlag ? true : null))
        .records(1);
  }

  private static List<StoredRecord> existing(SfObject object, String fieldName, String value) {
    SObjectField field = SfLookup.externalIdField(object, fieldName);
    List<StoredRecord> matches = SfLookup.byExternalId(object, field, value);
    if (matches.isEmpty()) {
      throw SfLookup.notFound("The requested resource does not exist");
    }
    return matches;
  }

  private static FakeResponse multipleChoices(
      SfCall call, SfObject object, List<StoredRecord> matches) {
    ArrayNode urls = Json.array();
    matches.forEach(r -> urls.add(SfRecords.url(object, r.id(), call.version())));
    return FakeResponse.json(300, urls);
  }
}
