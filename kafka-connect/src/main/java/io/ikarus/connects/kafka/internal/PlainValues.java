package io.ikarus.connects.kafka.internal;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a record's fields into a schemaless value that every converter can write: strings,
 * booleans, whole numbers and doubles stay; decimals become their exact text, dates and times their
 * ISO-8601 text; maps and lists are converted element by element. Nulls stay null.
 */
final class PlainValues {

  private PlainValues() {}

  static Map<String, Object> of(Map<String, Object> fields) {
    Map<String, Object> out = new LinkedHashMap<>();
    fields.forEach((k, v) -> out.put(k, value(v)));
    return out;
  }

  private static Object value(Object v) {
    if (v == null || v instanceof String || v instanceof Boolean) {
      return v;
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (v instanceof Number) {
      return v;
    }
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, e) -> out.put(String.valueOf(k), value(e)));
      return out;
    }
    if (v instanceof Collection<?> c) {
      List<Object> out = new ArrayList<>();
      c.forEach(e -> out.add(value(e)));
      return out;
    }
    if (v instanceof TemporalAccessor || v instanceof java.util.Date) {
      return v instanceof java.util.Date d ? d.toInstant().toString() : v.toString();
    }
    return v.toString();
  }
}
