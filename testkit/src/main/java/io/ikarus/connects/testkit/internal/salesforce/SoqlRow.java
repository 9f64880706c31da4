package io.ikarus.connects.testkit.internal.salesforce;

import io.ikarus.connects.testkit.SObjectField;

/** Field access to one record while a query is evaluated. */
@FunctionalInterface
interface SoqlRow {

  /** The stored value of {@code field} (null allowed). */
  Object value(SObjectField field);
}
