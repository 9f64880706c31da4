package io.ikarus.connects.examples;

import io.ikarus.connects.mapping.FieldMapping;
import io.ikarus.connects.mapping.Transforms;

/** How a Salesforce Contact maps to a HubSpot contact, and back. */
final class ContactMapping {

  private ContactMapping() {}

  /** Salesforce Contact fields to HubSpot contact properties, cleaning them on the way. */
  static FieldMapping salesforceToHubSpot() {
    FieldMapping back =
        FieldMapping.builder()
            .map("Email", "email", Transforms.email())
            .map("FirstName", "firstname", Transforms.trim())
            .map("LastName", "lastname", Transforms.trim())
            .map("Phone", "phone")
            .required("Email", "LastName")
            .build();
    return FieldMapping.builder()
        .map("email", "Email", Transforms.email())
        .map("firstname", "FirstName", Transforms.trim().andThen(Transforms.titleCase()))
        .map("lastname", "LastName", Transforms.trim())
        .map("phone", "Phone", Transforms.phoneE164("US"))
        .required("email", "lastname")
        .reverse(back)
        .build();
  }
}
