package io.ikarus.connects.testkit.internal.salesforce.soql;

import java.util.List;

/** A WHERE-clause node. */
sealed interface SoqlCondition {

  /** Every child holds. */
  record And(List<SoqlCondition> terms) implements SoqlCondition {}

  /** Some child holds. */
  record Or(List<SoqlCondition> terms) implements SoqlCondition {}

  /** The child does not hold. */
  record Not(SoqlCondition term) implements SoqlCondition {}

  /**
   * {@code field op value}, where op is one of {@code = != < <= > >=} ({@code <>} is read as {@code
   * !=}).
   */
  record Compare(String field, int fieldOffset, String op, SoqlLiteral value)
      implements SoqlCondition {}

  /** {@code field [NOT] IN (values)}. */
  record In(String field, int fieldOffset, boolean negated, List<SoqlLiteral> values)
      implements SoqlCondition {}

  /** {@code field LIKE 'pattern'}. */
  record Like(String field, int fieldOffset, SoqlLiteral pattern) implements SoqlCondition {}
}
