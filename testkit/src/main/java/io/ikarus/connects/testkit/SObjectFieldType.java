package io.ikarus.connects.testkit;

import java.util.Locale;

/** The Salesforce field types the fake models, with their describe names and SOAP types. */
public enum SObjectFieldType {
  /** Record id. */
  ID("tns:ID"),
  /** Text up to {@code length} characters. */
  STRING("xsd:string"),
  /** Long text. */
  TEXTAREA("xsd:string"),
  /** An e-mail address, checked for shape. */
  EMAIL("xsd:string"),
  /** A phone number. */
  PHONE("xsd:string"),
  /** A URL. */
  URL("xsd:string"),
  /** True or false. */
  BOOLEAN("xsd:boolean"),
  /** A whole number. */
  INT("xsd:int"),
  /** A decimal number. */
  DOUBLE("xsd:double"),
  /** A money amount. */
  CURRENCY("xsd:double"),
  /** A percentage. */
  PERCENT("xsd:double"),
  /** A calendar date, {@code YYYY-MM-DD}. */
  DATE("xsd:date"),
  /** An instant, ISO-8601 with zone. */
  DATETIME("xsd:dateTime"),
  /** One value of a list (unrestricted: any text is accepted, as for most standard picklists). */
  PICKLIST("xsd:string"),
  /** Several values separated by semicolons. */
  MULTIPICKLIST("xsd:string"),
  /** The id of another record. */
  REFERENCE("tns:ID");

  private final String soapType;

  SObjectFieldType(String soapType) {
    this.soapType = soapType;
  }

  /** The name used in describe results, e.g. {@code "datetime"}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The SOAP type shown in describe results, e.g. {@code "xsd:dateTime"}. */
  public String soapType() {
    return soapType;
  }

  /** True for types whose values are text in JSON and quoted in SOQL. */
  public boolean isText() {
    return switch (this) {
      case ID, STRING, TEXTAREA, EMAIL, PHONE, URL, PICKLIST, MULTIPICKLIST, REFERENCE -> true;
      default -> false;
    };
  }
}
