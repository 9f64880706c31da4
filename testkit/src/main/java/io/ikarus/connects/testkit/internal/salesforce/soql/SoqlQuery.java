package io.ikarus.connects.testkit.internal.salesforce.soql;

import java.util.List;

/**
 * A parsed SOQL query (not yet checked against a schema).
 *
 * @param soql the source text
 * @param fields the selected fields as written, with their offsets; empty for {@code COUNT()}
 * @param fieldOffsets the offsets of the selected fields
 * @param count true for {@code SELECT COUNT()}
 * @param object the object as written
 * @param objectOffset where the object name starts
 * @param where the condition, or null
 * @param orderBy the ORDER BY items
 * @param limit the LIMIT, or -1
 * @param offset the OFFSET, or 0
 */
public record SoqlQuery(
    String soql,
    List<String> fields,
    List<Integer> fieldOffsets,
    boolean count,
    String object,
    int objectOffset,
    SoqlCondition where,
    List<SoqlOrder> orderBy,
    long limit,
    long offset) {

  /** Parses {@code soql}; throws {@link SoqlException} with {@code MALFORMED_QUERY}. */
  public static SoqlQuery parse(String soql) {
    return new SoqlParser(soql).query();
  }
}
