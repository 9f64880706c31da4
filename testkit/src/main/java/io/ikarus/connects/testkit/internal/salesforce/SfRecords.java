package io.ikarus.connects.testkit.internal.salesforce;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.SObjectField;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.util.Collection;

/** Reads field values of stored records (system fields included) and renders them as JSON. */
final class SfRecords {

  private SfRecords() {}

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
  static ObjectNode toJson(
      SfObject object, StoredRecord record, Collection<SObjectField> fields, int version) {
    ObjectNode node = Json.object();
    node.putObject("attributes")
        .put("type", object.name())
        .put("url", url(object, record.id(), version));
    for (SObjectField field : fields) {
      node.set(field.name(), SfValues.toJson(value(record, field)));
    }
    return node;
  }

  /** {@code /services/data/vXX.X/sobjects/Type/id}. */
  static String url(SfObject object, String id, int version) {
    return "/services/data/v" + version + ".0/sobjects/" + object.name() + "/" + id;
  }
}
