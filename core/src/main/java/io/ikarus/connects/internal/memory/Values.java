package io.ikarus.connects.internal.memory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;

/** Portable comparison of field values, as a query engine would do it. */
public final class Values {

  private Values() {}

  /** True when the two values are equal, numbers compared by value (1 == 1.0). */
  public static boolean same(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      return decimal(x).compareTo(decimal(y)) == 0;
    }
    if (a instanceof Instant || b instanceof Instant) {
      return Objects.equals(instant(a), instant(b));
    }
    return Objects.equals(a, b);
  }

  /**
   * Orders two non-null values: numbers by value, instants and dates chronologically, strings
   * lexicographically; values of unlike kinds by their text.
   */
  public static int compare(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      return decimal(x).compareTo(decimal(y));
    }
    if (a instanceof Instant || b instanceof Instant) {
      Instant x = instant(a);
      Instant y = instant(b);
      if (x != null && y != null) {
        return x.compareTo(y);
      }
    }
    if (a instanceof LocalDate x && b instanceof LocalDate y) {
      return x.compareTo(y);
    }
    if (a instanceof Boolean x && b instanceof Boolean y) {
      return x.compareTo(y);
    }
    return a.toString().compareTo(b.toString());
  }

  /** True when text {@code haystack} contains {@code needle}, ignoring case (as SOQL LIKE does). */
  public static boolean contains(Object haystack, Object needle) {
    return haystack != null
        && haystack
            .toString()
            .toLowerCase(Locale.ROOT)
            .contains(needle.toString().toLowerCase(Locale.ROOT));
  }

  private static BigDecimal decimal(Number n) {
    return n instanceof BigDecimal d ? d : new BigDecimal(n.toString());
  }

  private static Instant instant(Object o) {
    if (o instanceof Instant i) {
      return i;
    }
    if (o instanceof String s) {
      try {
        return OffsetDateTime.parse(s).toInstant();
      } catch (java.time.format.DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }
}
