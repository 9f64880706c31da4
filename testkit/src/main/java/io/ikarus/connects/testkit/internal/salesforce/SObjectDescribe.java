package io.ikarus.connects.testkit.internal.salesforce;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.SObjectField;
import io.ikarus.connects.testkit.SObjectSchema;
import io.ikarus.connects.testkit.internal.Json;
import java.util.Collection;

/** {@code GET /sobjects/} (global describe) and {@code GET /sobjects/{Obj}/describe/}. */
final class SObjectDescribe {

  private SObjectDescribe() {}

  static FakeResponse global(SfCall call, Collection<SfObject> objects) {
    ObjectNode body = Json.object().put("encoding", "UTF-8").put("maxBatchSize", 200);
    ArrayNode list = body.putArray("sobjects");
    objects.forEach(o -> list.add(summary(call, o.schema())));
    return FakeResponse.json(200, body);
  }

  static FakeResponse describe(SfCall call, SfObject object) {
    ObjectNode body = summary(call, object.schema());
    body.putArray("childRelationships");
    body.putArray("recordTypeInfos");
    ArrayNode fields = body.putArray("fields");
    object.schema().fields().forEach(f -> fields.add(field(f)));
    return FakeResponse.json(200, body);
  }

  private static ObjectNode summary(SfCall call, SObjectSchema schema) {
    String url = call.base() + "/sobjects/" + schema.name();
    ObjectNode node =
        Json.object()
            .put("name", schema.name())
            .put("label", schema.label())
            .put("labelPlural", schema.label() + "s")
            .put("keyPrefix", schema.keyPrefix())
            .put("custom", schema.custom())
            .put("createable", true)
            .put("updateable", true)
            .put("deletable", true)
            .put("queryable", true)
            .put("retrieveable", true)
            .put("searchable", true)
            .put("replicateable", true);
    node.putObject("urls")
        .put("sobject", url)
        .put("describe", url + "/describe")
        .put("rowTemplate", url + "/{ID}");
    return node;
  }

  /** The record's components as serialised, with the describe's wire forms and computed flags. */
  private static ObjectNode field(SObjectField f) {
    ObjectNode node =
        Json.MAPPER
            .<ObjectNode>valueToTree(f)
            .put("type", f.type().wireName())
            .put("soapType", f.type().soapType())
            .put("custom", f.name().endsWith("__c"))
            .put("calculated", false)
            .put("defaultedOnCreate", f.defaultedOnCreate() || !f.createable());
    node.set("defaultValue", SfValues.toJson(f.defaultValue()));
    ArrayNode picklist = node.putArray("picklistValues");
    for (String value : f.picklistValues()) {
      picklist
          .addObject()
          .put("active", true)
          .put("defaultValue", value.equals(f.defaultValue()))
          .put("label", value)
          .putNull("validFor")
          .put("value", value);
    }
    return node;
  }
}
