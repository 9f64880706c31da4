package io.ikarus.connects.testkit.internal.pipedrive;

import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state of one fake Pipedrive company and the facade's direct reads and writes (entities named
 * by path, such as {@code persons}, or singular, such as {@code PERSON}). Used under the server
 * lock.
 */
public final class PdCompany {

  private final PdSchema schema = new PdSchema();
  private final PdRecords records;
  private final PdValues values;

  PdCompany(Clock clock) {
    this.records = new PdRecords(clock, schema);
    this.values = new PdValues(schema);
  }

  /** Creates a record through the API's checks (v2 shapes); returns its id. */
  public String insert(String entity, Map<String, Object> fields) {
    PdEntity e = PdEntity.parse(entity);
    return records.insert(e, values.changes(e, Json.MAPPER.valueToTree(fields))).id();
  }

  /** A live record in its API shape, or empty. */
  @SuppressWarnings("unchecked")
  public Optional<Map<String, Object>> record(String entity, String id) {
    PdEntity e = PdEntity.parse(entity);
    return records.all(e).stream()
        .filter(r -> r.id().equals(id) && !r.isDeleted())
        .findFirst()
        .map(r -> (Map<String, Object>) Json.MAPPER.convertValue(records.render(e, r), Map.class));
  }

  /** Live (not deleted) records of an entity, archived ones included. */
  public int count(String entity) {
    return (int) records.all(PdEntity.parse(entity)).stream().filter(r -> !r.isDeleted()).count();
  }

  /** Archives a deal or lead, as a user would in the UI. */
  public void archive(String entity, String id) {
    PdEntity e = PdEntity.parse(entity);
    StoredRecord r = records.live(e, id);
    records.update(e, r, Map.of("is_archived", Json.MAPPER.getNodeFactory().booleanNode(true)));
  }

  /** Deletes a record, as a user would in the UI. */
  public void delete(String entity, String id) {
    PdEntity e = PdEntity.parse(entity);
    records.delete(e, records.live(e, id));
  }

  /** Adds a custom field; returns its 40-character hash key. */
  public String addCustomField(String entity, String name, String type, List<String> options) {
    return schema.addCustom(PdEntity.parse(entity), name, type, options).key();
  }

  /** Deletes a custom field; its values vanish from responses. */
  public void deleteCustomField(String entity, String key) {
    schema.deleteCustom(PdEntity.parse(entity), key);
  }

  PdSchema schema() {
    return schema;
  }

  PdRecords records() {
    return records;
  }

  PdValues values() {
    return values;
  }
}
