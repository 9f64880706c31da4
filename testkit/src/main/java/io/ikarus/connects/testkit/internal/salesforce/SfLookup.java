package io.ikarus.connects.testkit.internal.salesforce;

import io.ikarus.connects.testkit.SObjectField;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.util.List;

/** Finds records by id or external id, failing with the errors Salesforce gives. */
final class SfLookup {

  private SfLookup() {}

  /** The live record {@code id} of {@code object}: NOT_FOUND or ENTITY_IS_DELETED otherwise. */
  static StoredRecord live(SfObject object, String id) {
    if (!SfIds.isWellFormed(id)) {
      throw notFound("Provided external ID field does not exist or is not accessible: " + id);
    }
    StoredRecord record =
        object
            .extent()
            .find(SfIds.canonical(id))
            .orElseThrow(() -> notFound("The requested resource does not exist"));
    if (record.isDeleted()) {
      throw new SfFailure(404, SfError.of("ENTITY_IS_DELETED", "entity is deleted"));
    }
    return record;
  }

  /** The field usable as an external id in a URL, or NOT_FOUND as Salesforce answers. */
  static SObjectField externalIdField(SfObject object, String name) {
    return object
        .schema()
        .field(name)
        .filter(f -> f.externalId() || f.idLookup())
        .orElseThrow(
            () ->
                notFound(
                    "Provided external ID field does not exist or is not accessible: " + name));
  }

  /** The live records whose {@code field} equals the URL {@code value}. */
  static List<StoredRecord> byExternalId(SfObject object, SObjectField field, String value) {
    Object key = SfValues.fromText(field, value);
    if (field.name().equals("Id")) {
      return object.extent().find((String) key).filter(r -> !r.isDeleted()).stream().toList();
    }
    return object.extent().lookup(field.name(), key);
  }

  static SfFailure notFound(String message) {
    return new SfFailure(404, SfError.of("NOT_FOUND", message));
  }
}
