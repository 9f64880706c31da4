package io.ikarus.connects.testkit.internal.dynamics;

import java.util.List;

/**
 * One column of a fake table, described the way EntityDefinitions/Attributes describes it.
 *
 * @param logicalName the lower-case property name
 * @param type the {@code AttributeType}: String, Memo, Integer, Money, Boolean, DateTime, Lookup,
 *     Customer, Picklist, Uniqueidentifier
 * @param requiredLevel None, SystemRequired, ApplicationRequired or Recommended
 * @param maxLength the maximum length of a String or Memo, else 0
 * @param writable false for system columns (modifiedon) and computed ones (fullname)
 * @param options the option values of a Picklist, else empty
 */
record AttributeDef(
    String logicalName,
    String type,
    String requiredLevel,
    int maxLength,
    boolean writable,
    List<Integer> options) {

  /** A plain optional writable column. */
  static AttributeDef of(String name, String type) {
    return new AttributeDef(name, type, "None", type.equals("String") ? 100 : 0, true, List.of());
  }

  /** A String column of {@code maxLength}. */
  static AttributeDef text(String name, int maxLength) {
    return new AttributeDef(name, "String", "None", maxLength, true, List.of());
  }

  /** Returns this column with another required level. */
  AttributeDef required(String level) {
    return new AttributeDef(logicalName, type, level, maxLength, writable, options);
  }

  /** Returns this column read-only. */
  AttributeDef readOnly() {
    return new AttributeDef(logicalName, type, requiredLevel, maxLength, false, options);
  }

  /** A Picklist column with these option values. */
  static AttributeDef picklist(String name, Integer... options) {
    return new AttributeDef(name, "Picklist", "None", 0, true, List.of(options));
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
