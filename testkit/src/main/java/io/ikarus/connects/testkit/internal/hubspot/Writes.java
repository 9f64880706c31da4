package io.ikarus.connects.testkit.internal.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * The write rules shared by single and batch endpoints: property validation, unique values, and
 * lookup by {@code idProperty}.
 */
public final class Writes {

  private final Schema schema;
  private final Records store;
  private final PropertyValidator validator;

  /** Write rules over {@code store}. */
  public Writes(Schema schema, Records store) {
    this.schema = schema;
    this.store = store;
    this.validator = new PropertyValidator(schema);
  }

  /** Creates a record from an input's {@code properties}, or throws the error HubSpot sends. */
  public StoredObject create(ObjectType type, JsonNode input) {
    Map<String, String> props = validator.validate(type, input.get("properties"));
    synchronized (store) {
      requireUnique(type, props, null);
      return store.create(type, props);
    }
  }

  /**
   * Checks an input as {@link #create} would, without writing; {@code taken} collects the unique
   * values of earlier inputs of the same batch, so that two inputs cannot claim one value.
   */
  public void check(ObjectType type, JsonNode input, java.util.Set<String> taken) {
    Map<String, String> props = validator.validate(type, input.get("properties"));
    requireUnique(type, props, null);
    for (var e : props.entrySet()) {
      if (schema.property(type, e.getKey()).hasUniqueValue()
          && !e.getValue().isEmpty()
          && !taken.add(e.getKey() + '\u0000' + e.getValue().toLowerCase(java.util.Locale.ROOT))) {
        throw new BadRequest("Duplicate " + e.getKey() + " values found in batch input");
      }
    }
  }

  /** Updates {@code o} from an input's {@code properties}. */
  public StoredObject update(ObjectType type, StoredObject o, JsonNode input) {
    Map<String, String> props = validator.validate(type, input.get("properties"));
    synchronized (store) {
      requireUnique(type, props, o);
      return store.update(o, props);
    }
  }

  /**
   * Finds the live record that {@code id} names: by record id, or by the unique {@code idProperty}
   * when one is given. Throws a 400 when {@code idProperty} is not a unique property.
   */
  public StoredObject locate(ObjectType type, String id, String idProperty) {
    if (idProperty == null || idProperty.isEmpty() || idProperty.equals("hs_object_id")) {
      return store.find(type, id);
    }
    requireUniqueProperty(type, idProperty);
    return store.findUnique(type, idProperty, id);
  }

  /** Throws a 400 unless {@code name} is a property with unique values. */
  public void requireUniqueProperty(ObjectType type, String name) {
    PropertyDef def = schema.property(type, name);
    if (def == null || !def.hasUniqueValue()) {
      throw new BadRequest(
          name
              + " is not a unique identifier property on "
              + type.name()
              + "; idProperty must be a property with hasUniqueValue=true");
    }
  }

  private void requireUnique(ObjectType type, Map<String, String> props, StoredObject self) {
    for (var e : props.entrySet()) {
      PropertyDef def = schema.property(type, e.getKey());
      if (def.hasUniqueValue() && !e.getValue().isEmpty()) {
        StoredObject other = store.findUnique(type, e.getKey(), e.getValue());
        if (other != null && (self == null || !other.id().equals(self.id()))) {
          String what =
              type.name().equals("contacts")
                  ? "Contact"
                  : "A "
                      + type.label().toLowerCase(java.util.Locale.ROOT)
                      + " with this "
                      + e.getKey();
          throw new BadRequest(
              409, "CONFLICT", what + " already exists. Existing ID: " + other.id());
        }
      }
    }
  }
}
