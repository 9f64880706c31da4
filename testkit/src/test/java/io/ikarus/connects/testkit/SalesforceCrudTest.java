package io.ikarus.connects.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;

class SalesforceCrudTest extends SalesforceTestSupport {

  @Test
  void createReadUpdateDeleteWithRealStatusCodesAndBodies() {
    SfHttp.Answer created =
        http.post("sobjects/Account/", "{\"Name\":\"Acme\",\"NumberOfEmployees\":12}");
    assertThat(created.status()).isEqualTo(201);
    String id = created.json().get("id").asText();
    assertThat(id).hasSize(18).startsWith("001");
    assertThat(created.body()).isEqualTo("{\"id\":\"" + id + "\",\"success\":true,\"errors\":[]}");
    assertThat(created.header("Sforce-Limit-Info")).isEqualTo("api-usage=1/100000");

    JsonNode read = http.get("sobjects/Account/" + id).json();
    assertThat(read.get("attributes").get("type").asText()).isEqualTo("Account");
    assertThat(read.get("attributes").get("url").asText())
        .isEqualTo(sf.dataPath() + "/sobjects/Account/" + id);
    assertThat(read.get("Name").asText()).isEqualTo("Acme");
    assertThat(read.get("NumberOfEmployees").asInt()).isEqualTo(12);
    assertThat(read.get("Industry").isNull()).isTrue();
    assertThat(read.get("CreatedDate").asText())
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+0000");

    SfHttp.Answer updated = http.patch("sobjects/Account/" + id, "{\"Industry\":\"Banking\"}");
    assertThat(updated.status()).isEqualTo(204);
    assertThat(updated.body()).isEmpty();
    JsonNode partial = http.get("sobjects/Account/" + id + "?fields=Industry").json();
    assertThat(partial.get("Industry").asText()).isEqualTo("Banking");
    assertThat(partial.has("Name")).isFalse();

    assertThat(http.delete("sobjects/Account/" + id).status()).isEqualTo(204);
    SfHttp.Answer gone = http.get("sobjects/Account/" + id);
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.json().get(0).get("errorCode").asText()).isEqualTo("ENTITY_IS_DELETED");
    assertThat(http.delete("sobjects/Account/" + id).json().get(0).get("errorCode").asText())
        .isEqualTo("ENTITY_IS_DELETED");
  }

  @Test
  void fifteenCharacterIdsAreAccepted() {
    String id = http.create("Account", "{\"Name\":\"Acme\"}");

    assertThat(http.get("sobjects/Account/" + id.substring(0, 15)).status()).isEqualTo(200);
  }

  @Test
  void unknownIdAndObjectAreNotFound() {
    SfHttp.Answer unknown = http.get("sobjects/Account/001000000000000AAA");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body())
        .isEqualTo(
            "[{\"message\":\"The requested resource does not exist\",\"errorCode\":\"NOT_FOUND\"}]");
    assertThat(http.get("sobjects/Nope__c/describe").status()).isEqualTo(404);
    assertThat(http.get("sobjects/Account/xyz").json().get(0).get("message").asText())
        .isEqualTo("Provided external ID field does not exist or is not accessible: xyz");
  }

  @Test
  void validationErrorsUseTheRealCodesAndFields() {
    assertError(
        http.post("sobjects/Contact/", "{\"FirstName\":\"Ada\"}"),
        400,
        "REQUIRED_FIELD_MISSING",
        "Required fields are missing: [LastName]");
    assertError(
        http.post("sobjects/Account/", "{\"Name\":\"A\",\"Colour__c\":\"red\"}"),
        400,
        "INVALID_FIELD",
        "No such column 'Colour__c' on sobject of type Account");
    assertError(
        http.post("sobjects/Account/", "{\"Name\":\"A\",\"CreatedDate\":\"2024-01-01T00:00:00Z\"}"),
        400,
        "INVALID_FIELD_FOR_INSERT_UPDATE",
        null);
    assertError(
        http.post("sobjects/Contact/", "{\"LastName\":\"L\",\"Email\":\"not-an-email\"}"),
        400,
        "INVALID_EMAIL_ADDRESS",
        null);
    assertError(
        http.post("sobjects/Account/", "{\"Name\":\"A\",\"NumberOfEmployees\":\"many\"}"),
        400,
        "JSON_PARSER_ERROR",
        null);
    assertError(
        http.post("sobjects/Account/", "{\"Name\":\"" + "x".repeat(256) + "\"}"),
        400,
        "STRING_TOO_LONG",
        null);
  }

  @Test
  void uniqueFieldsRejectDuplicates() {
    String first = http.create("Account", "{\"Name\":\"A\",\"External_Id__c\":\"X-1\"}");

    SfHttp.Answer dup =
        http.post("sobjects/Account/", "{\"Name\":\"B\",\"External_Id__c\":\"x-1\"}");

    assertError(
        dup,
        400,
        "DUPLICATE_VALUE",
        "duplicate value found: External_Id__c duplicates value on record with id: " + first);
    assertThat(dup.json().get(0).get("fields")).isEmpty();
  }

  @Test
  void strictAboutMethodsMediaTypesAndJson() {
    String id = http.create("Account", "{\"Name\":\"A\"}");
    assertError(
        http.send("PUT", "sobjects/Account/" + id, RequestBody.create("{}", SfHttp.JSON)),
        405,
        "METHOD_NOT_ALLOWED",
        "HTTP Method 'PUT' not allowed. Allowed are GET,HEAD,PATCH,DELETE");
    assertError(
        http.send(
            "POST",
            "sobjects/Account/",
            RequestBody.create("{\"Name\":\"A\"}", MediaType.get("text/plain"))),
        415,
        "UNSUPPORTED_MEDIA_TYPE",
        null);
    assertError(http.post("sobjects/Account/", "{\"Name\":"), 400, "JSON_PARSER_ERROR", null);
    http.token = null;
    assertError(http.get("sobjects/"), 401, "INVALID_SESSION_ID", "Session expired or invalid");
  }

  @Test
  void versionListNeedsNoTokenAndCarriesNoLimitHeader() {
    http.token = null;
    SfHttp.Answer a = http.get("/services/data/");

    assertThat(a.status()).isEqualTo(200);
    assertThat(a.header("Sforce-Limit-Info")).isNull();
    JsonNode last = a.json().get(a.json().size() - 1);
    assertThat(last.get("version").asText()).isEqualTo("66.0");
    assertThat(last.get("label").asText()).isEqualTo("Spring '26");
    assertThat(last.get("url").asText()).isEqualTo("/services/data/v66.0");
  }

  @Test
  void describeListsFieldProperties() {
    JsonNode d = http.get("sobjects/Lead/describe/").json();

    assertThat(d.get("keyPrefix").asText()).isEqualTo("00Q");
    JsonNode status = field(d, "Status");
    assertThat(status.get("type").asText()).isEqualTo("picklist");
    assertThat(status.get("defaultedOnCreate").asBoolean()).isTrue();
    assertThat(status.get("picklistValues").get(0).get("value").asText())
        .isEqualTo("Open - Not Contacted");
    JsonNode ext = field(d, "External_Id__c");
    assertThat(ext.get("externalId").asBoolean()).isTrue();
    assertThat(ext.get("unique").asBoolean()).isTrue();
    assertThat(ext.get("idLookup").asBoolean()).isTrue();
    assertThat(field(d, "LastName").get("nillable").asBoolean()).isFalse();
    assertThat(field(d, "Id").get("createable").asBoolean()).isFalse();
    JsonNode global = http.get("sobjects/").json();
    assertThat(global.get("maxBatchSize").asInt()).isEqualTo(200);
    assertThat(global.get("sobjects"))
        .extracting(n -> n.get("name").asText())
        .contains("Account", "Contact", "Lead");
  }

  @Test
  void describeWritesADateDefaultInItsWireForm() {
    SObjectSchema thing =
        SObjectSchema.builder("Thing__c")
            .field(
                SObjectField.builder("Due__c", SObjectFieldType.DATE)
                    .defaultOnCreate(LocalDate.of(2024, 1, 2))
                    .build())
            .build();
    try (FakeSalesforce custom = FakeSalesforce.builder().object(thing).start()) {
      JsonNode describe = new SfHttp(custom).get("sobjects/Thing__c/describe").json();
      JsonNode due = field(describe, "Due__c");

      assertThat(due.get("defaultValue").asText()).isEqualTo("2024-01-02");
      assertThat(due.get("type").asText()).isEqualTo("date");
      assertThat(due.get("defaultedOnCreate").asBoolean()).isTrue();
      assertThat(due.get("referenceTo")).isEmpty();
    }
  }

  @Test
  void dailyLimitGivesRequestLimitExceeded() {
    sf.dailyApiLimit(2);
    http.get("sobjects/");
    http.get("sobjects/");

    SfHttp.Answer a = http.get("sobjects/");

    assertError(a, 403, "REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.");
    assertThat(a.header("Sforce-Limit-Info")).isEqualTo("api-usage=2/2");
  }

  private static JsonNode field(JsonNode describe, String name) {
    for (JsonNode f : describe.get("fields")) {
      if (f.get("name").asText().equals(name)) {
        return f;
      }
    }
    throw new AssertionError("no field " + name);
  }

  static void assertError(SfHttp.Answer a, int status, String code, String message) {
    assertThat(a.status()).as(a.body()).isEqualTo(status);
    assertThat(a.json().isArray()).as(a.body()).isTrue();
    assertThat(a.json().get(0).get("errorCode").asText()).isEqualTo(code);
    if (message != null) {
      assertThat(a.json().get(0).get("message").asText()).isEqualTo(message);
    }
  }
}
