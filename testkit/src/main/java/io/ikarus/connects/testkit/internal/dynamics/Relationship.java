package io.ikarus.connects.testkit.internal.dynamics;

/**
 * A one-to-many relationship between two fake tables.
 *
 * @param collectionNav the collection-valued navigation property on the parent, such as {@code
 *     contact_customer_accounts}
 * @param parentSet the parent's entity set, such as {@code accounts}
 * @param childSet the child's entity set, such as {@code contacts}
 * @param singleNav the single-valued navigation property on the child, used in {@code
 *     @odata.bind}, such as {@code parentcustomerid_account}
 * @param lookup the child's lookup column, such as {@code parentcustomerid}
 */
record Relationship(
    String collectionNav, String parentSet, String childSet, String singleNav, String lookup) {

  /** The child's read-only value column: {@code _lookup_value}. */
  String valueColumn() {
    return "_" + lookup + "_value";
  }
}
