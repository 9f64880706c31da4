package io.ikarus.connects.testkit.internal.pipedrive;

/** The wire types of standard fields, checked strictly as API v2 does. */
enum PdType {
  /** A JSON string. */
  STRING,
  /** A JSON integer (no numeric strings). */
  INT,
  /** A JSON number (no numeric strings). */
  NUMBER,
  /** {@code true} or {@code false} (no 1/0). */
  BOOLEAN,
  /** A {@code YYYY-MM-DD} string. */
  DATE,
  /** An array of integers. */
  INT_LIST,
  /** An array of strings. */
  STRING_LIST,
  /** An array of {@code {value, label?, primary?}} objects (emails, phones). */
  CONTACTS,
  /** A JSON object. */
  OBJECT,
  /** An array of JSON objects. */
  OBJECT_LIST
}
