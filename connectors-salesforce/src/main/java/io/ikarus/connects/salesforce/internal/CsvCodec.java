package io.ikarus.connects.salesforce.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes Bulk API 2.0 CSV (RFC 4180, comma, LF line ending). A field holding a comma, a double
 * quote, CR or LF is quoted, and quotes inside it are doubled. A null value is written as {@code
 * #N/A}, which Bulk API reads as "set this field to null" (an empty cell would leave it unchanged
 * on update). Consequence of the vendor's convention: the text {@code "#N/A"} itself cannot be
 * loaded.
 */
public final class CsvCodec {

  /** How Bulk API 2.0 spells null in uploaded data. */
  public static final String NULL = "#N/A";

  private CsvCodec() {}

  /**
   * Returns the cell text for a field value, before quoting.
   *
   * @throws IllegalArgumentException when the value has no CSV form (nested maps, arbitrary
   *     objects); the message names the type, never the value
   */
  public static String text(Object value) {
    if (value == null) {
      return NULL;
    }
    if (value instanceof CharSequence || value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof BigDecimal bd) {
      return bd.toPlainString();
    }
    if (value instanceof Double || value instanceof Float) {
      return BigDecimal.valueOf(((Number) value).doubleValue()).toPlainString();
    }
    if (value instanceof Number) {
      return new BigDecimal(value.toString()).toPlainString();
    }
    if (value instanceof LocalDate d) {
      return d.toString();
    }
    if (value instanceof Instant
        || value instanceof OffsetDateTime
        || value instanceof ZonedDateTime) {
      return DateTimeFormatter.ISO_INSTANT.format((java.time.temporal.TemporalAccessor) value);
    }
    if (value instanceof Collection<?> c) {
      // Multi-select picklists are semicolon-separated in Salesforce's CSV.
      return c.stream().map(CsvCodec::text).collect(Collectors.joining(";"));
    }
    throw new IllegalArgumentException(
        "a value of type " + value.getClass().getName() + " cannot be written to CSV");
  }

  /** Appends one row of cell texts, quoted where needed, ending with LF. */
  public static void appendRow(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      appendCell(out, cells.get(i));
    }
    out.append('\n');
  }

  static void appendCell(StringBuilder out, String cell) {
    boolean quote =
        cell.indexOf(',') >= 0
            || cell.indexOf('"') >= 0
            || cell.indexOf('\n') >= 0
            || cell.indexOf('\r') >= 0;
    if (!quote) {
      out.append(cell);
      return;
    }
    out.append('"').append(cell.replace("\"", "\"\"")).append('"');
  }
}
