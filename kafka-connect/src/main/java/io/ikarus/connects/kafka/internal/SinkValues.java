package io.ikarus.connects.kafka.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Date;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Reads a sink record's key and value as SDK values: the key as a string; the value, a Struct or a
 * schemaless map, as a field map (Connect Timestamps become Instants, Dates LocalDates, nested
 * Structs maps). The source's {@value StructMapper#OTHER} map is spread into the fields, so values
 * the source kept as text arrive under their own names.
 */
final class SinkValues {

  private SinkValues() {}

  /**
   * The record key as text.
   *
   * @throws DataException when the key is null or not a string, number or boolean
   */
  static String key(SinkRecord r) {
    Object k = r.key();
    if (k instanceof String || k instanceof Number || k instanceof Boolean) {
      return k.toString();
    }
    throw new DataException(
        where(r) + ": the key must be a string, number or boolean, not " + typeOf(k));
  }

  /**
   * The record value as fields.
   *
   * @throws DataException when the value is neither a Struct nor a map
   */
  static Map<String, Object> fields(SinkRecord r) {
    Map<String, Object> out;
    if (r.value() instanceof Struct s) {
      out = struct(s);
    } else if (r.value() instanceof Map<?, ?> m) {
      out = map(m);
    } else {
      throw new DataException(
          where(r) + ": the value must be a Struct or a map, not " + typeOf(r.value()));
    }
    if (out.remove(StructMapper.OTHER) instanceof Map<?, ?> other) {
      other.forEach((k, v) -> out.putIfAbsent(String.valueOf(k), v));
    }
    return out;
  }

  /** {@code topic-partition@offset} of the record as first consumed. */
  static String where(SinkRecord r) {
    return r.originalTopic() + "-" + r.originalKafkaPartition() + "@" + r.originalKafkaOffset();
  }

  private static Map<String, Object> struct(Struct s) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Field f : s.schema().fields()) {
      out.put(f.name(), value(f.schema(), s.get(f)));
    }
    return out;
  }

  private static Map<String, Object> map(Map<?, ?> m) {
    Map<String, Object> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(String.valueOf(k), value(null, v)));
    return out;
  }

  private static Object value(Schema schema, Object v) {
    if (v instanceof java.util.Date d && schema != null) {
      if (Date.LOGICAL_NAME.equals(schema.name())) {
        return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
      }
      if (Timestamp.LOGICAL_NAME.equals(schema.name())) {
        return d.toInstant();
      }
    }
    if (v instanceof Struct s) {
      return struct(s);
    }
    if (v instanceof Map<?, ?> m) {
      return map(m);
    }
    if (v instanceof Collection<?> c) {
      List<Object> out = new ArrayList<>();
      Schema element = schema == null ? null : schema.valueSchema();
      c.forEach(e -> out.add(value(element, e)));
      return out;
    }
    return v;
  }

  private static String typeOf(Object v) {
    return v == null ? "null" : v.getClass().getSimpleName();
  }
}
