package io.ikarus.connects.testkit.internal.salesforce.soql;

/**
 * One ORDER BY item.
 *
 * @param field the field as written
 * @param offset where it starts in the query
 * @param ascending true for ASC (the default)
 * @param nullsFirst true when nulls sort first (default: first for ASC, last for DESC)
 */
record SoqlOrder(String field, int offset, boolean ascending, boolean nullsFirst) {}
