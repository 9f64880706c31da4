package io.ikarus.connects;

/**
 * The portable kind of a field's value; {@link FieldSchema#nativeType()} keeps the vendor's name.
 */
public enum FieldType {
  /** The record id. */
  ID,
  /** Text of any length. */
  STRING,
  /** An email address. */
  EMAIL,
  /** A phone number. */
  PHONE,
  /** A URL. */
  URL,
  /** A whole number. */
  INTEGER,
  /** A decimal number (held as BigDecimal so that it does not round). */
  DECIMAL,
  /** A money amount (held as BigDecimal). */
  CURRENCY,
  /** True or false. */
  BOOLEAN,
  /** A calendar date. */
  DATE,
  /** An instant in time. */
  DATETIME,
  /** One value from a fixed list. */
  PICKLIST,
  /** Several values from a fixed list. */
  MULTI_PICKLIST,
  /** A reference to another record. */
  REFERENCE,
  /** Anything else. */
  OTHER
}
