package io.ikarus.connects.testkit.internal.salesforce;

import io.ikarus.connects.testkit.SObjectField;
import io.ikarus.connects.testkit.SObjectSchema;
import io.ikarus.connects.testkit.internal.StoredRecord;
import io.ikarus.connects.testkit.internal.filter.Filter;
import java.util.Comparator;
import java.util.List;

/**
 * A query checked against its object's schema: resolved fields, a compiled filter and ordering.
 * Immutable and thread-safe.
 *
 * @param schema the queried object
 * @param fields the selected fields in SELECT order (empty for COUNT())
 * @param filter the WHERE clause (always true when absent)
 * @param order the ORDER BY comparator, or null when the query has none
 * @param count true for {@code SELECT COUNT()}
 * @param limit the LIMIT, or -1
 * @param offset the OFFSET (0 when absent)
 */
record SoqlPlan(
    SObjectSchema schema,
    List<SObjectField> fields,
    Filter<StoredRecord> filter,
    Comparator<StoredRecord> order,
    boolean count,
    long limit,
    long offset) {}
