package io.ikarus.connects.testkit.internal.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The write rules shared by single, batch and form endpoints: property validation, unique values,
 * and lookup by {@code idProperty}. Values are checked the way HubSpot does: unknown and read-only
 * properties, invalid options, numbers, booleans, dates and emails are refused with {@code
 * VALIDATION_ERROR} and one detail per bad property. Values are stored as strings; JSON numbers and
 * booleans are accepted.
 */
public final class Writes {

  /** A value check of one property type: error code, the word its message uses, the test. */
  private record Rule(String code, String word, Predicate<String> valid) {}

  private static final Map<String, Rule> RULES =
      Map.of(
          "number", new Rule("INVALID_DECIMAL", "number", v -> parseNumber(v) != null),
          "bool", new Rule("INVALID_BOOLEAN", "boolean", v -> v.matches("true|false")),
          "date", new Rule("INVALID_DATE", "date", v -> parseInstant(v) != null),
          "datetime", new Rule("INVALID_DATETIME", "datetime", v -> parseInstant(v) != null));

  private final Schema schema;
  private final Records store;

  /** Write rules over {@code store}. */
  public Writes(Schema schema, Records store) {
    this.schema = schema;
    this.store = store;
  }

  /** Creates a record from an input's {@code properties}, or throws the error HubSpot sends. */
  public StoredRecord create(ObjectType type, JsonNode input) {
    Map<String, String> props = validate(type, input.get("properties"));
    synchronized (store) {
      requireUnique(type, props, null, null);
      return store.create(type, props);
    }
  }

  /**
   * Checks an input as {@link #create} would, without writing; {@code taken} collects the unique
   * values of earlier inputs of the same batch, so that two inputs cannot claim one value.
   */
  public void check(ObjectType type, JsonNode input, Set<String> taken) {
    requireUnique(type, validate(type, input.get("properties")), null, taken);
  }

  /** Updates {@code o} from an input's {@code properties}. */
  public StoredRecord update(ObjectType type, StoredRecord o, JsonNode input) {
    Map<String, String> props = validate(type, input.get("properties"));
    synchronized (store) {
      requireUnique(type, props, o, null);
      return store.update(type, o, props);
    }
  }

  /** A record an upsert wrote, and whether the upsert created it. */
  public record Upserted(StoredRecord record, boolean created) {}

  /**
   * Updates from {@code input} the live record whose unique {@code property} equals {@code value},
   * or creates one when there is none or {@code value} is empty.
   */
  public Upserted upsert(ObjectType type, String property, String value, JsonNode input) {
    synchronized (store) {
      StoredRecord existing = value.isEmpty() ? null : store.findUnique(type, property, value);
      return existing == null
          ? new Upserted(create(type, input), true)
          : new Upserted(update(type, existing, input), false);
    }
  }

  /**
   * Finds the live record that {@code id} names: by record id, or by the unique {@code idProperty}
   * when one is given. Throws a 400 when {@code idProperty} is not a unique property.
   */
  public StoredRecord locate(ObjectType type, String id, String idProperty) {
    if (idProperty == null || idProperty.isEmpty() || idProperty.equals("hs_object_id")) {
      return store.find(type, id);
    }
    requireUniqueProperty(type, idProperty);
    return store.findUnique(type, idProperty, id);
  }

  /**
   * The record a read names ({@link #locate}), or with {@code archived} the archived one; or null.
   */
  public StoredRecord read(ObjectType type, String id, String idProperty, boolean archived) {
    StoredRecord o = archived ? store.raw(type, id) : locate(type, id, idProperty);
    return o == null || o.isDeleted() != archived ? null : o;
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

  /** Throws a 409 when another record holds a unique value, a 400 when {@code taken} has it. */
  private void requireUnique(
      ObjectType type, Map<String, String> props, StoredRecord self, Set<String> taken) {
    for (var e : props.entrySet()) {
      PropertyDef def = schema.property(type, e.getKey());
      if (def.hasUniqueValue() && !e.getValue().isEmpty()) {
        StoredRecord other = store.findUnique(type, e.getKey(), e.getValue());
        if (other != null && (self == null || !other.id().equals(self.id()))) {
          String what =
              type.name().equals("contacts")
                  ? "Contact"
                  : "A " + type.label().toLowerCase(Locale.ROOT) + " with this " + e.getKey();
          throw new BadRequest(
              409, "CONFLICT", what + " already exists. Existing ID: " + other.id());
        }
        if (taken != null
            && !taken.add(e.getKey() + '\u0000' + e.getValue().toLowerCase(Locale.ROOT))) {
          throw new BadRequest("Duplicate " + e.getKey() + " values found in batch input");
        }
      }
    }
  }

  /** Returns the values as strings, or throws a 400 listing every bad property. */
  private Map<String, String> validate(ObjectType type, JsonNode properties) {
    if (properties != null && !properties.isNull() && !properties.isObject()) {
      throw new BadRequest("Invalid input JSON: properties must be an object");
    }
    Map<String, String> out = new LinkedHashMap<>();
    ArrayNode legacy = Json.array();
    ArrayNode details = Json.array();
    for (var e : (properties == null ? Json.object() : properties).properties()) {
      JsonNode v = e.getValue();
      String value = v.isNull() ? "" : v.isValueNode() ? v.asText() : null;
      String[] problem =
          value == null
              ? new String[] {"INVALID_PROPERTY_VALUE", "Property values must be strings"}
              : check(type, e.getKey(), value);
      if (problem == null) {
        out.put(e.getKey(), value);
      } else {
        legacy
            .addObject()
            .put("isValid", false)
            .put("message", problem[1])
            .put("error", problem[0])
            .put("name", e.getKey());
        details
            .addObject()
            .put("message", problem[1])
            .put("code", problem[0])
            .putObject("context")
            .putArray("propertyName")
            .add(e.getKey());
      }
    }
    if (!details.isEmpty()) {
      throw new BadRequest(
          400,
          "VALIDATION_ERROR",
          "Property values were not valid: " + Json.write(legacy),
          details);
    }
    return out;
  }

  /** Returns {code, message} when {@code value} is not acceptable, else null. */
  private String[] check(ObjectType type, String name, String value) {
    PropertyDef def = schema.property(type, name);
    if (def == null) {
      return new String[] {"PROPERTY_DOESNT_EXIST", "Property \"" + name + "\" does not exist"};
    }
    if (def.readOnlyValue()) {
      return new String[] {
        "READ_ONLY_VALUE", "\"" + name + "\" is a read only property; its value cannot be set."
      };
    }
    Rule rule = RULES.get(def.type());
    if (value.isEmpty()) {
      return null;
    } else if (rule != null && !rule.valid().test(value)) {
      return new String[] {rule.code(), value + " was not a valid " + rule.word() + "."};
    } else if (def.type().equals("date") && parseInstant(value).toEpochMilli() % 86_400_000L != 0) {
      return new String[] {"INVALID_DATE", value + " is not at midnight UTC!"};
    } else if (def.type().equals("enumeration")) {
      return checkOptions(def, value);
    } else if (rule == null && name.equals("email") && !isEmail(value)) {
      return new String[] {"INVALID_EMAIL", "Email address " + value + " is invalid"};
    }
    return null;
  }

  private static String[] checkOptions(PropertyDef def, String value) {
    for (String v : value.split(";")) {
      if (!def.options().contains(v)) {
        return new String[] {
          "INVALID_OPTION", v + " was not one of the allowed options: " + def.options()
        };
      }
    }
    return null;
  }

  /** Parses a decimal number as written (no blanks around it); null when it is none. */
  static BigDecimal parseNumber(String value) {
    try {
      return new BigDecimal(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** True when {@code value} is an email address HubSpot stores. */
  static boolean isEmail(String value) {
    int at = value.indexOf('@');
    return at > 0
        && at == value.lastIndexOf('@')
        && value.indexOf('.', at) > at + 1
        && !value.endsWith(".")
        && value.chars().noneMatch(Character::isWhitespace);
  }

  /** Parses milliseconds since the epoch, an ISO instant, or an ISO date; null when none. */
  static Instant parseInstant(String value) {
    try {
      if (value.matches("-?\\d{1,15}")) {
        return Instant.ofEpochMilli(Long.parseLong(value));
      }
      if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return Instant.parse(value);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
