package io.ikarus.connects.kafka.internal;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.FieldSchema;
import io.ikarus.connects.FieldType;
import io.ikarus.connects.ObjectSchema;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an object's records into Connect {@link Struct}s typed from its {@code describe()}: every
 * field optional; whole numbers as int64, decimals and money as their exact decimal text, dates and
 * datetimes as Connect's Date and Timestamp; fields the description does not name (per-account
 * custom fields added later) go to the map {@value #OTHER}, so the schema does not churn, and so
 * does a value that does not fit its described type (with a warning naming the record and field).
 * Immutable and thread-safe.
 */
public final class StructMapper {

  private static final Logger LOG = LoggerFactory.getLogger(StructMapper.class);

  /** The field holding values of fields that the schema does not name, as text. */
  public static final String OTHER = "_other";

  private static final Schema OTHER_SCHEMA =
      SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.OPTIONAL_STRING_SCHEMA).optional().build();

  private final Schema schema;
  private final Map<String, FieldType> types;

  private StructMapper(Schema schema, Map<String, FieldType> types) {
    this.schema = schema;
    this.types = types;
  }

  /** A mapper for {@code object}, whose schema is named {@code name} (made a valid Avro name). */
  public static StructMapper of(String name, ObjectSchema object) {
    SchemaBuilder b = SchemaBuilder.struct().name(avroName(name)).version(1);
    Map<String, FieldType> types = new LinkedHashMap<>();
    for (FieldSchema f : object.fields()) {
      if (!f.name().equals(OTHER) && !types.containsKey(f.name())) {
        types.put(f.name(), f.type());
        b.field(f.name(), fieldSchema(f.type()));
      }
    }
    b.field(OTHER, OTHER_SCHEMA);
    return new StructMapper(b.build(), types);
  }

  /** The value schema. */
  public Schema schema() {
    return schema;
  }

  /** The record as a Struct. */
  public Struct toStruct(CrmRecord record) {
    Struct s = new Struct(schema);
    Map<String, String> other = new LinkedHashMap<>();
    record
        .fields()
        .forEach(
            (name, value) -> {
              FieldType type = types.get(name);
              Object typed =
                  type == null || value == null ? null : convert(record, name, type, value);
              if (typed != null) {
                s.put(name, typed);
              } else if (type == null || value != null) {
                other.put(name, value == null ? null : Coerce.text(value));
              }
            });
    s.put(OTHER, other);
    return s;
  }

  /** The value as its schema type, or null (and a warning) when it does not fit. */
  private static Object convert(CrmRecord record, String field, FieldType type, Object value) {
    try {
      return switch (type) {
        case INTEGER -> Coerce.integer(value);
        case BOOLEAN -> Coerce.bool(value);
        case DATE -> Coerce.date(value);
        case DATETIME -> Coerce.timestamp(value);
        default -> Coerce.text(value);
      };
    } catch (RuntimeException e) {
      LOG.warn(
          "{} record {}: field {} does not hold a valid {} value ({}); it goes to {} as text",
          record.object(),
          record.id(),
          field,
          type,
          e.getClass().getSimpleName(),
          OTHER);
      return null;
    }
  }

  private static Schema fieldSchema(FieldType type) {
    return switch (type) {
      case INTEGER -> Schema.OPTIONAL_INT64_SCHEMA;
      case BOOLEAN -> Schema.OPTIONAL_BOOLEAN_SCHEMA;
      case DATE -> Date.builder().optional().build();
      case DATETIME -> Timestamp.builder().optional().build();
      default -> Schema.OPTIONAL_STRING_SCHEMA;
    };
  }

  private static String avroName(String name) {
    StringBuilder b = new StringBuilder();
    for (String part : name.split("\\.")) {
      String clean = part.replaceAll("[^A-Za-z0-9_]", "_");
      if (clean.isEmpty() || Character.isDigit(clean.charAt(0))) {
        clean = "_" + clean;
      }
      b.append(b.length() == 0 ? "" : ".").append(clean);
    }
    return b.toString();
  }
}
