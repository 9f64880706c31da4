package io.ikarus.connects.examples;

import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.CrmConnectors;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.mapping.FieldMapping;
import io.ikarus.connects.spi.Json;
import io.ikarus.connects.testkit.FakePipedrive;
import io.ikarus.connects.testkit.FakeSalesforce;
import java.io.PrintStream;
import java.util.Map;
import java.util.function.Function;

/**
 * A connector and a field mapping built from configuration alone: the code names no vendor and
 * holds no credential. The JSON below is the form users keep in their own config store: {@code
 * crm_type}, {@code auth_config} (here Salesforce's username-password flow, with the object to
 * write in {@code Object_name}), {@code field_mapping} and {@code options}. Secrets are {@code
 * ${env:NAME}} references, resolved when the connector is built.
 *
 * <p>An incoming payload such as a web form submission, {@code {"name": "Ada Lovelace", "email":
 * "ADA@Example.com ", "product_name": "Analytical Engine"}}, then goes through the mapping (name
 * split into first and last, email trimmed and lower-cased, product into the Description) and
 * becomes a Salesforce Lead. A payload without the required email fails with a {@link
 * ValidationException} naming the field, before any call is made.
 *
 * <p>Real use is {@code CrmConnectors.fromConfig(json)}, which reads the real environment. Offline,
 * this program passes FakeSalesforce's credentials as the "environment" through the overload that
 * takes a lookup function, and points {@code SF_LOGIN_URL} at the fake. {@link #PIPEDRIVE_CONFIG}
 * does the same for Pipedrive with the API-token shape.
 */
public final class ConfigDriven {

  static final String CONFIG =
      """
      {"crm_type": "salesforce",
       "auth_config": {
         "username": "${env:SF_USERNAME}",
         "password": "${env:SF_PASSWORD}",
         "security_token": "${env:SF_SECURITY_TOKEN}",
         "client_id": "${env:SF_CLIENT_ID}",
         "client_secret": "${env:SF_CLIENT_SECRET}",
         "Object_name": "Lead"},
       "field_mapping": {
         "FirstName": {"from": "name", "transform": "first_name"},
         "LastName": {"from": "name", "transform": "last_name", "required": true},
         "Email": {"from": "email", "transform": "email", "required": true},
         "Description": {"from": "product_name", "transform": "trim"},
         "Company": {"from": "company", "default": "[not provided]"},
         "LeadSource": {"constant": "Web"}},
       "options": {"auth_url": "${env:SF_LOGIN_URL}", "max_attempts": 5}}
      """;

  /**
   * The same shape for Pipedrive: an API token and the object to write ({@code DEAL}, {@code
   * PERSON}, ...); the mapping makes a person of the same payload.
   */
  static final String PIPEDRIVE_CONFIG =
      """
      {"crm_type": "pipedrive",
       "auth_config": {"api_token": "${env:PIPEDRIVE_API_TOKEN}", "object_type": "PERSON"},
       "field_mapping": {
         "name": {"from": "name", "transform": "trim", "required": true},
         "email": {"from": "email", "transform": "email", "required": true}},
       "options": {"base_url": "${env:PIPEDRIVE_URL}", "plan": "growth"}}
      """;

  private ConfigDriven() {}

  /** Runs the example against an embedded FakeSalesforce. */
  public static void main(String[] args) {
    try (FakeSalesforce fake = FakeSalesforce.start()) {
      run(fake, System.out);
    }
    try (FakePipedrive fake = FakePipedrive.start()) {
      runPipedrive(fake, System.out);
    }
  }

  /** Builds a Pipedrive connector from {@link #PIPEDRIVE_CONFIG}, creates one person; its id. */
  static String runPipedrive(FakePipedrive fake, PrintStream out) {
    Map<String, Object> config = Json.parseObject(PIPEDRIVE_CONFIG);
    FieldMapping mapping = FieldMapping.fromConfig(section(config, "field_mapping"));
    Map<String, String> env =
        Map.of("PIPEDRIVE_API_TOKEN", fake.apiToken(), "PIPEDRIVE_URL", fake.url());
    try (CrmConnector crm = CrmConnectors.fromConfig(config, env::get)) {
      String object = (String) section(config, "auth_config").get("object_type");
      Map<String, Object> fields =
          mapping.apply(Map.of("name", " Ada Lovelace ", "email", "ADA@Example.com "));
      CrmRecord person = crm.create(object, fields).join();
      out.println("created  " + object + " " + person.id() + " in " + crm.name());
      return person.id();
    }
  }

  /** Builds everything from {@link #CONFIG}, creates one Lead; returns its id. */
  static String run(FakeSalesforce fake, PrintStream out) {
    Map<String, Object> config = Json.parseObject(CONFIG);
    FieldMapping mapping = FieldMapping.fromConfig(section(config, "field_mapping"));
    String object = (String) section(config, "auth_config").get("Object_name");
    try (CrmConnector crm = CrmConnectors.fromConfig(config, environmentOf(fake))) {
      Map<String, Object> payload =
          Json.parseObject(
              """
              {"name": "Ada Lovelace", "email": "ADA@Example.com ",
               "product_name": "Analytical Engine"}""");
      Map<String, Object> fields = mapping.apply(payload);
      out.println("mapped   " + fields);
      CrmRecord lead = crm.create(object, fields).join();
      out.println("created  " + object + " " + lead.id() + " in " + crm.name());

      Map<String, Object> noEmail = Map.of("name", "Charles Babbage", "product_name", "Engine");
      try {
        mapping.apply(noEmail);
      } catch (ValidationException e) {
        out.println("rejected " + noEmail + ": " + e.fieldErrors());
      }
      return lead.id();
    }
  }

  /** The fake's credentials, standing in for {@code System::getenv}. */
  private static Function<String, String> environmentOf(FakeSalesforce fake) {
    return Map.of(
            "SF_USERNAME", fake.username(),
            "SF_PASSWORD", fake.password(),
            "SF_SECURITY_TOKEN", fake.securityToken(),
            "SF_CLIENT_ID", fake.clientId(),
            "SF_CLIENT_SECRET", fake.clientSecret(),
            "SF_LOGIN_URL", fake.url())
        ::get;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> section(Map<String, Object> config, String name) {
    return (Map<String, Object>) config.get(name);
  }
}
