package io.ikarus.connects.testkit.internal.dynamics;

import java.util.List;

/**
 * One column of a fake table, described the way EntityDefinitions/Attributes describes it; read
 * from the catalog's JSON.
 *
 * @param logicalName the lower-case property name
 * @param type the {@code AttributeType}: String, Memo, Integer, Money, Boolean, DateTime, Lookup,
 *     Customer, Picklist, Uniqueidentifier
 * @param requiredLevel None (the default), SystemRequired, ApplicationRequired or Recommended
 * @param maxLength the maximum length of a String, else 0
 * @param readOnly true for system columns (modifiedon) and computed ones (fullname)
 * @param options the option values of a Picklist, else empty
 */
record AttributeDef(
    String logicalName,
    String type,
    String requiredLevel,
    int maxLength,
    boolean readOnly,
    List<Integer> options) {

  /** Fills the defaults and copies. */
  AttributeDef {
    requiredLevel = requiredLevel == null ? "None" : requiredLevel;
    options = options == null ? List.of() : List.copyOf(options);
  }

  /** True for Lookup and Customer columns, read as {@code _name_value}. */
  boolean isLookup() {
    return type.equals("Lookup") || type.equals("Customer");
  }

  /** The name the column has in records read: {@code _name_value} for lookups. */
  String readName() {
    return isLookup() ? "_" + logicalName + "_value" : logicalName;
  }

  /** The EDM type named in conversion errors. */
  String edmType() {
    return switch (type) {
      case "Integer", "Picklist", "State", "Status" -> "Edm.Int32";
      case "Money", "Decimal" -> "Edm.Decimal";
      case "Boolean" -> "Edm.Boolean";
      case "DateTime" -> "Edm.DateTimeOffset";
      case "Uniqueidentifier", "Lookup", "Customer" -> "Edm.Guid";
      default -> "Edm.String";
    };
  }

  /** The SchemaName: the logical name with its first letter (after any prefix) in upper case. */
  String schemaName() {
    return schemaOf(logicalName);
  }

  /** The SchemaName of a logical name: {@code new_code} -> {@code new_Code}. */
  static String schemaOf(String logicalName) {
    int us = logicalName.indexOf('_');
    String head = us > 0 ? logicalName.substring(0, us + 1) : "";
    String rest = us > 0 ? logicalName.substring(us + 1) : logicalName;
    return head + Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
  }
}
