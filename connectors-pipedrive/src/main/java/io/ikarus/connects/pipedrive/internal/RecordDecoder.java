package io.ikarus.connects.pipedrive.internal;

import io.ikarus.connects.CrmRecord;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a Pipedrive record into a {@link CrmRecord}: custom field values (v2 {@code custom_fields},
 * v1 root-level hash keys) under their display names, enum and set option ids as labels, and for
 * persons the primary {@code email} and {@code phone} next to the lists.
 */
public final class RecordDecoder {

  static final Pattern HASH = Pattern.compile("[0-9a-f]{40}");
  private static final DateTimeFormatter V1 = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private RecordDecoder() {}

  /** True when {@code raw} carries a hash key the catalog does not know (a new field). */
  public static boolean hasUnknownField(Map<String, Object> raw, FieldCatalog catalog) {
    if (catalog.isEmpty()) {
      return false;
    }
    for (String key : customValues(raw).keySet()) {
      if (catalog.byKey(key).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** The record of {@code object} that {@code raw} describes. */
  public static CrmRecord decode(
      String object, Entity entity, Map<String, Object> raw, FieldCatalog catalog) {
    Map<String, Object> fields = new LinkedHashMap<>();
    raw.forEach(
        (k, v) -> {
          if (!k.equals("custom_fields") && !HASH.matcher(k).matches()) {
            fields.put(k, v);
          }
        });
    customValues(raw)
        .forEach(
            (key, value) ->
                fields.put(
                    catalog.nameOf(key),
                    catalog.byKey(key).map(f -> WireValues.read(f, value)).orElse(value)));
    if (entity == Entity.PERSONS) {
      fields.put("email", primary(raw.get("emails")));
      fields.put("phone", primary(raw.get("phones")));
    }
    String id = String.valueOf(raw.get("id"));
    return new CrmRecord(object, id, fields, time(raw.get("update_time")));
  }

  /** Parses a Pipedrive stamp: RFC 3339 (v2, leads) or {@code YYYY-MM-DD HH:MM:SS} UTC (v1). */
  public static Instant time(Object value) {
    if (!(value instanceof String text) || text.isBlank()) {
      return null;
    }
    try {
      return text.contains("T")
          ? OffsetDateTime.parse(text).toInstant()
          : LocalDateTime.parse(text, V1).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Map<String, Object> customValues(Map<String, Object> raw) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (raw.get("custom_fields") instanceof Map<?, ?> custom) {
      custom.forEach((k, v) -> out.put(String.valueOf(k), v));
    }
    raw.forEach(
        (k, v) -> {
          if (HASH.matcher(k).matches()) {
            out.put(k, v);
          }
        });
    return out;
  }

  private static Object primary(Object contacts) {
    if (!(contacts instanceof List<?> list) || list.isEmpty()) {
      return null;
    }
    for (Object c : list) {
      if (c instanceof Map<?, ?> m && Boolean.TRUE.equals(m.get("primary"))) {
        return m.get("value");
      }
    }
    return list.get(0) instanceof Map<?, ?> m ? m.get("value") : null;
  }
}
