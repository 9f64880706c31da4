package io.ikarus.connects.generic.internal;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.generic.internal.config.Specs.ObjectSpec;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns vendor JSON records into {@link CrmRecord}s and portable field maps into vendor ones, with
 * the object's field-name mapping. Thread-safe.
 */
public final class Records {

  private final ObjectSpec spec;
  private final Map<String, String> toPortable = new LinkedHashMap<>();

  /** Records of {@code spec}. */
  public Records(ObjectSpec spec) {
    this.spec = spec;
    spec.fieldNames().forEach((portable, vendor) -> toPortable.put(vendor, portable));
  }

  /** The vendor name of a portable field. */
  public String vendorName(String portable) {
    return spec.fieldNames().getOrDefault(portable, portable);
  }

  /** Portable fields to vendor fields (names mapped, values kept). */
  public Map<String, Object> toVendor(Map<String, Object> fields) {
    Map<String, Object> out = new LinkedHashMap<>();
    fields.forEach((k, v) -> out.put(vendorName(k), v));
    return out;
  }

  /** A vendor record as a CrmRecord, or null when it has no id. */
  public CrmRecord toRecord(Object json) {
    Object id = spec.id().first(json);
    if (id == null) {
      return null;
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    if (spec.fieldList() != null) {
      copyScalars(json, fields);
      for (Object entry : spec.fieldList().list(json)) {
        if (entry instanceof Map<?, ?> m && m.get(spec.fieldListKey()) != null) {
          fields.put(m.get(spec.fieldListKey()).toString(), m.get(spec.fieldListValue()));
        }
      }
    } else if (spec.fields().first(json) instanceof Map<?, ?> m) {
      m.forEach((k, v) -> fields.put(k.toString(), v));
    }
    Map<String, Object> portable = new LinkedHashMap<>();
    fields.forEach((k, v) -> portable.put(toPortable.getOrDefault(k, k), v));
    return new CrmRecord(spec.name(), idText(id), portable, modifiedAt(json));
  }

  /** Every record a response holds at {@code path}. */
  public List<CrmRecord> all(Object body, JsonPath path) {
    return path.list(body).stream().map(this::toRecord).filter(r -> r != null).toList();
  }

  /** The record's modification time, or null. */
  public Instant modifiedAt(Object json) {
    return spec.modifiedAt() == null
        ? null
        : Times.parse(spec.modifiedAt().first(json), spec.modifiedAtFormat());
  }

  private static void copyScalars(Object json, Map<String, Object> fields) {
    if (json instanceof Map<?, ?> m) {
      m.forEach(
          (k, v) -> {
            if (!(v instanceof Map) && !(v instanceof List)) {
              fields.put(k.toString(), v);
            }
          });
    }
  }

  /** An id value as text; a decimal number without exponent. */
  public static String idText(Object id) {
    return id instanceof BigDecimal d ? d.toPlainString() : id.toString();
  }

  /** Time values in the configured formats. */
  public static final class Times {
    private static final DateTimeFormatter OFFSET_NO_COLON =
        DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]xx");

    private Times() {}

    /** Parses {@code v} in {@code format}: iso, epoch_ms, epoch_seconds or a pattern. */
    public static Instant parse(Object v, String format) {
      if (v == null || v.toString().isBlank()) {
        return null;
      }
      String s = v.toString();
      try {
        return switch (format) {
          case "epoch_ms" -> Instant.ofEpochMilli(new BigDecimal(s).longValue());
          case "epoch_seconds" -> Instant.ofEpochSecond(new BigDecimal(s).longValue());
          case "iso" -> iso(s);
          default -> pattern(s, format);
        };
      } catch (DateTimeParseException | NumberFormatException e) {
        return null;
      }
    }

    /** Formats {@code t} in {@code format}: iso, epoch_ms, epoch_seconds or a pattern (UTC). */
    public static String format(Instant t, String format) {
      return switch (format) {
        case "epoch_ms" -> Long.toString(t.toEpochMilli());
        case "epoch_seconds" -> Long.toString(t.getEpochSecond());
        case "iso" -> t.toString();
        default -> DateTimeFormatter.ofPattern(format).withZone(ZoneOffset.UTC).format(t);
      };
    }

    private static Instant iso(String s) {
      try {
        return OffsetDateTime.parse(s).toInstant();
      } catch (DateTimeParseException e) {
        if (s.matches(".*[+-]\\d{4}$")) {
          return OffsetDateTime.parse(s, OFFSET_NO_COLON).toInstant();
        }
        return LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
      }
    }

    private static Instant pattern(String s, String format) {
      DateTimeFormatter f = DateTimeFormatter.ofPattern(format).withZone(ZoneOffset.UTC);
      return f.parse(s, Instant::from);
    }
  }
}
