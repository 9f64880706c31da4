package io.ikarus.connects.testkit.internal.dynamics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

/** Compares stored row values with OData literals the way Dataverse does. */
final class ODataValues {

  private ODataValues() {}

  /**
   * Compares a row value with a literal of the same kind: numbers numerically, instants in time,
   * GUIDs and strings case-insensitively (Dataverse's default collation).
   *
   * @throws IllegalArgumentException when the kinds cannot be compared
   */
  static int compare(Object value, Object literal) {
    if (literal instanceof BigDecimal n) {
      return new BigDecimal(value.toString()).compareTo(n);
    }
    if (literal instanceof Instant t) {
      return OffsetDateTime.parse(value.toString()).toInstant().compareTo(t);
    }
    if (literal instanceof Boolean b) {
      return Boolean.compare(Boolean.parseBoolean(value.toString()), b);
    }
    if (literal instanceof UUID u) {
      return UUID.fromString(value.toString()).compareTo(u);
    }
    return value
        .toString()
        .toLowerCase(Locale.ROOT)
        .compareTo(((String) literal).toLowerCase(Locale.ROOT));
  }
}
