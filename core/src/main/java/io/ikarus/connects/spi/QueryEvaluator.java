package io.ikarus.connects.spi;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Query;
import io.ikarus.connects.internal.memory.Values;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a portable {@link Query} against records in memory, for connectors whose vendor cannot
 * filter, sort or project some part of a query server-side (and for in-memory stores).
 */
public final class QueryEvaluator {

  private QueryEvaluator() {}

  /** True when {@code record} passes every filter and the modified-since bound of {@code query}. */
  public static boolean matches(Query query, CrmRecord record) {
    if (query.modifiedSince() != null
        && (record.modifiedAt() == null || record.modifiedAt().isBefore(query.modifiedSince()))) {
      return false;
    }
    for (Query.Filter f : query.filters()) {
      if (!matches(f, record.fields().get(f.field()))) {
        return false;
      }
    }
    return true;
  }

  /** Sorts, limits and projects matched records as {@code query} asks. */
  public static List<CrmRecord> arrange(Query query, List<CrmRecord> matched) {
    List<CrmRecord> sorted = matched.stream().sorted(order(query)).toList();
    if (query.limit().isPresent() && sorted.size() > query.limit().getAsInt()) {
      sorted = sorted.subList(0, query.limit().getAsInt());
    }
    return query.fields().isEmpty()
        ? sorted
        : sorted.stream().map(r -> project(r, query.fields())).toList();
  }

  private static boolean matches(Query.Filter f, Object value) {
    return switch (f.op()) {
      case EQ -> value != null && Values.same(value, f.value());
      case NE -> value == null || !Values.same(value, f.value());
      case GT -> value != null && Values.compare(value, f.value()) > 0;
      case GTE -> value != null && Values.compare(value, f.value()) >= 0;
      case LT -> value != null && Values.compare(value, f.value()) < 0;
      case LTE -> value != null && Values.compare(value, f.value()) <= 0;
      case IN -> ((Collection<?>) f.value()).stream().anyMatch(v -> Values.same(value, v));
      case CONTAINS -> Values.contains(value, f.value());
      case IS_NULL -> (value == null) == (f.value() == null || (Boolean) f.value());
    };
  }

  /** Sort keys in order; nulls first ascending (last descending); ties keep insertion order. */
  private static Comparator<CrmRecord> order(Query query) {
    Comparator<CrmRecord> c = (a, b) -> 0;
    for (Query.Order o : query.orderBy()) {
      Comparator<Object> values = Comparator.nullsFirst(Values::compare);
      Comparator<CrmRecord> key = Comparator.comparing(r -> r.field(o.field()), values);
      c = c.thenComparing(o.ascending() ? key : key.reversed());
    }
    return c;
  }

  private static CrmRecord project(CrmRecord r, List<String> fields) {
    Map<String, Object> kept = new LinkedHashMap<>();
    for (String f : fields) {
      if (r.fields().containsKey(f)) {
        kept.put(f, r.fields().get(f));
      }
    }
    return r.withFields(kept);
  }
}
