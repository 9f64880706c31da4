package io.ikarus.connects.testkit.internal.salesforce;

import static io.ikarus.connects.testkit.SObjectFieldType.BOOLEAN;
import static io.ikarus.connects.testkit.SObjectFieldType.CURRENCY;
import static io.ikarus.connects.testkit.SObjectFieldType.DATE;
import static io.ikarus.connects.testkit.SObjectFieldType.EMAIL;
import static io.ikarus.connects.testkit.SObjectFieldType.INT;
import static io.ikarus.connects.testkit.SObjectFieldType.PHONE;
import static io.ikarus.connects.testkit.SObjectFieldType.PICKLIST;
import static io.ikarus.connects.testkit.SObjectFieldType.REFERENCE;
import static io.ikarus.connects.testkit.SObjectFieldType.STRING;
import static io.ikarus.connects.testkit.SObjectFieldType.TEXTAREA;
import static io.ikarus.connects.testkit.SObjectFieldType.URL;

import io.ikarus.connects.testkit.SObjectField;
import io.ikarus.connects.testkit.SObjectFieldType;
import io.ikarus.connects.testkit.SObjectSchema;
import java.util.List;

/** Account, Contact and Lead with realistic (trimmed) standard fields and one external id each. */
public final class SampleSchemas {

  private SampleSchemas() {}

  /** The three sample objects. */
  public static List<SObjectSchema> all() {
    return List.of(account(), contact(), lead());
  }

  static SObjectSchema account() {
    return SObjectSchema.builder("Account")
        .keyPrefix("001")
        .field(f("Name", STRING).required().idLookup().label("Account Name").build())
        .field(f("AccountNumber", STRING).length(40).build())
        .field(f("Type", PICKLIST).picklist("Prospect", "Customer - Direct", "Partner").build())
        .field(f("Industry", PICKLIST).picklist("Agriculture", "Banking", "Technology").build())
        .field(f("Phone", PHONE).length(40).build())
        .field(f("Website", URL).build())
        .field(f("AnnualRevenue", CURRENCY).build())
        .field(f("NumberOfEmployees", INT).build())
        .field(f("Description", TEXTAREA).build())
        .field(f("External_Id__c", STRING).length(80).externalId().unique().build())
        .build();
  }

  static SObjectSchema contact() {
    return SObjectSchema.builder("Contact")
        .keyPrefix("003")
        .field(f("AccountId", REFERENCE).referenceTo("Account").label("Account ID").build())
        .field(f("FirstName", STRING).length(40).build())
        .field(f("LastName", STRING).length(80).required().build())
        .field(f("Email", EMAIL).length(80).idLookup().build())
        .field(f("Phone", PHONE).length(40).build())
        .field(f("Title", STRING).length(128).build())
        .field(f("Birthdate", DATE).build())
        .field(f("HasOptedOutOfEmail", BOOLEAN).defaultOnCreate(false).build())
        .field(f("External_Id__c", STRING).length(80).externalId().unique().build())
        .build();
  }

  static SObjectSchema lead() {
    return SObjectSchema.builder("Lead")
        .keyPrefix("00Q")
        .field(f("FirstName", STRING).length(40).build())
        .field(f("LastName", STRING).length(80).required().build())
        .field(f("Company", STRING).required().build())
        .field(f("Email", EMAIL).length(80).idLookup().build())
        .field(f("Phone", PHONE).length(40).build())
        .field(
            f("Status", PICKLIST)
                .picklist("Open - Not Contacted", "Working - Contacted", "Closed - Converted")
                .defaultOnCreate("Open - Not Contacted")
                .build())
        .field(f("LeadSource", PICKLIST).picklist("Web", "Phone Inquiry", "Other").build())
        .field(f("Description", TEXTAREA).build())
        .field(f("External_Id__c", STRING).length(80).externalId().unique().build())
        .build();
  }

  private static SObjectField.Builder f(String name, SObjectFieldType type) {
    return SObjectField.builder(name, type);
  }
}
