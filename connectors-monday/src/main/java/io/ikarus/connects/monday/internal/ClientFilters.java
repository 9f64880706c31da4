package io.ikarus.connects.monday.internal;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Query;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The exact, client-side form of each filter, with the portable semantics (EQ never matches an
 * empty value, NE does; CONTAINS ignores case; numbers compare by value, dates by day or instant,
 * phones by number).
 */
final class ClientFilters {

  private ClientFilters() {}

  static Predicate<CrmRecord> of(BoardColumn column, Query.Filter f) {
    return record -> {
      Object value = record.fields().get(column.id());
      return switch (f.op()) {
        case EQ -> value != null && same(column, value, f.value());
        case NE -> value == null || !same(column, value, f.value());
        case IN -> ((Collection<?>) f.value()).stream().anyMatch(v -> same(column, value, v));
        case CONTAINS ->
            value != null
                && value
                    .toString()
                    .toLowerCase(Locale.ROOT)
                    .contains(f.value().toString().toLowerCase(Locale.ROOT));
        case IS_NULL -> (value == null) == (f.value() == null || (Boolean) f.value());
        case GT -> value != null && compare(column, value, f.value()) > 0;
        case GTE -> value != null && compare(column, value, f.value()) >= 0;
        case LT -> value != null && compare(column, value, f.value()) < 0;
        case LTE -> value != null && compare(column, value, f.value()) <= 0;
      };
    };
  }

  static Predicate<CrmRecord> modifiedSince(Instant since) {
    Instant bound = since.truncatedTo(ChronoUnit.SECONDS);
    return r -> r.modifiedAt() == null || !r.modifiedAt().isBefore(bound);
  }

  private static boolean same(BoardColumn column, Object value, Object wanted) {
    return value != null && compare(column, value, wanted) == 0;
  }

  private static int compare(BoardColumn column, Object value, Object wanted) {
    switch (column.type()) {
      case "numbers":
        return decimal(value).compareTo(decimal(wanted));
      case "date":
        return wanted instanceof Instant i
            ? instant(value).compareTo(i)
            : day(value).compareTo(day(wanted));
      case "phone":
        return token(value).compareTo(token(wanted));
      default:
        return Objects.toString(value).compareTo(Objects.toString(wanted));
    }
  }

  private static BigDecimal decimal(Object v) {
    try {
      return v instanceof BigDecimal d ? d : new BigDecimal(v.toString().trim());
    } catch (NumberFormatException e) {
      return BigDecimal.valueOf(Long.MIN_VALUE);
    }
  }

  private static LocalDate day(Object v) {
    if (v instanceof LocalDate d) {
      return d;
    }
    if (v instanceof Instant i) {
      return LocalDate.ofInstant(i, ZoneOffset.UTC);
    }
    return LocalDate.parse(v.toString().substring(0, Math.min(10, v.toString().length())));
  }

  private static Instant instant(Object v) {
    return v instanceof Instant i ? i : day(v).atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  private static String token(Object v) {
    return v.toString().trim().split("\\s+")[0];
  }
}
