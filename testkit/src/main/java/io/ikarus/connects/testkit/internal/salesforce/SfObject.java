package io.ikarus.connects.testkit.internal.salesforce;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.SObjectField;
import io.ikarus.connects.testkit.SObjectSchema;
import io.ikarus.connects.testkit.internal.Extent;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A declared sObject type at run time: its schema and its records, found by id or external id and
 * rendered as REST JSON, failing with the errors Salesforce gives.
 *
 * @param schema the declaration
 * @param extent the records
 */
record SfObject(SObjectSchema schema, Extent extent) {

  String name() {
    return schema.name();
  }

  /** The field named {@code name} (case-insensitive) or an {@code INVALID_FIELD} failure. */
  SObjectField fieldOrFail(String name) {
    return schema
        .field(name)
        .orElseThrow(
            () ->
                SfFailure.badRequest(
                    "INVALID_FIELD",
                    "No such column '" + name + "' on sobject of type " + schema.name()));
  }

  /** The live record {@code id}: NOT_FOUND or ENTITY_IS_DELETED otherwise. */
  StoredRecord live(String id) {
    if (!SfIds.isWellFormed(id)) {
      throw SfFailure.notFound(
          "Provided external ID field does not exist or is not accessible: " + id);
    }
    StoredRecord record = extent.find(SfIds.canonical(id)).orElseThrow(SfFailure::notFound);
    if (record.isDeleted()) {
      throw new SfFailure(404, SfError.of("ENTITY_IS_DELETED", "entity is deleted"));
    }
    return record;
  }

  /** The field usable as an external id in a URL, or NOT_FOUND as Salesforce answers. */
  SObjectField externalIdField(String name) {
    return schema
        .field(name)
        .filter(f -> f.externalId() || f.idLookup())
        .orElseThrow(
            () ->
                SfFailure.notFound(
                    "Provided external ID field does not exist or is not accessible: " + name));
  }

  /** The live records whose {@code field} equals the URL {@code value}. */
  List<StoredRecord> byExternalId(SObjectField field, String value) {
    Object key = SfValues.fromText(field, value);
    if (field.name().equals("Id")) {
      return extent.find((String) key).filter(r -> !r.isDeleted()).stream().toList();
    }
    return extent.lookup(field.name(), key);
  }

  /** Every field's value, system fields included. */
  Map<String, Object> values(StoredRecord record) {
    Map<String, Object> values = new LinkedHashMap<>();
    schema.fields().forEach(f -> values.put(f.name(), value(record, f)));
    return values;
  }

  /** The value of {@code field}, computing the system fields from the record's stamps. */
  static Object value(StoredRecord record, SObjectField field) {
    return switch (field.name()) {
      case "Id" -> record.id();
      case "IsDeleted" -> record.isDeleted();
      case "CreatedDate" -> record.createdAt();
      case "LastModifiedDate", "SystemModstamp" -> record.modifiedAt();
      default -> record.get(field.name());
    };
  }

  /** The REST record: {@code attributes} then the given fields in order. */
  ObjectNode toJson(StoredRecord record, Collection<SObjectField> fields, int version) {
    ObjectNode node = Json.object();
    node.putObject("attributes").put("type", name()).put("url", url(record.id(), version));
    for (SObjectField field : fields) {
      node.set(field.name(), SfValues.toJson(value(record, field)));
    }
    return node;
  }

  /** {@code /services/data/vXX.X/sobjects/Type/id}. */
  String url(String id, int version) {
    return "/services/data/v" + version + ".0/sobjects/" + name() + "/" + id;
  }
}
