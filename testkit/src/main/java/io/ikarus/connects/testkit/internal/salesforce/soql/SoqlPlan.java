package io.ikarus.connects.testkit.internal.salesforce.soql;

import io.ikarus.connects.testkit.SObjectField;
import io.ikarus.connects.testkit.SObjectSchema;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * A query checked against its object's schema: resolved fields, a compiled filter and ordering.
 * Immutable and thread-safe.
 *
 * @param query the parsed query
 * @param schema the queried object
 * @param fields the selected fields in SELECT order (empty for COUNT())
 * @param filter the WHERE clause (always true when absent)
 * @param order the ORDER BY comparator, or null when the query has none
 */
public record SoqlPlan(
    SoqlQuery query,
    SObjectSchema schema,
    List<SObjectField> fields,
    Predicate<SoqlRow> filter,
    Comparator<SoqlRow> order) {

  /** True for {@code SELECT COUNT()}. */
  public boolean count() {
    return query.count();
  }

  /** The LIMIT, or -1. */
  public long limit() {
    return query.limit();
  }

  /** The OFFSET (0 when absent). */
  public long offset() {
    return query.offset();
  }
}
