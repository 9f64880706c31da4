package io.ikarus.connects.testkit;

import static io.ikarus.connects.testkit.SalesforceCrudTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SalesforceUpsertTest extends SalesforceTestSupport {

  @Test
  void createsThenUpdatesWithCreatedFlag() {
    SfHttp.Answer created =
        http.patch("sobjects/Account/External_Id__c/A-1", "{\"Name\":\"Acme\"}");
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().get("created").asBoolean()).isTrue();
    String id = created.json().get("id").asText();

    SfHttp.Answer updated =
        http.patch("sobjects/Account/External_Id__c/a-1", "{\"Name\":\"Acme 2\"}");

    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.body())
        .isEqualTo("{\"id\":\"" + id + "\",\"success\":true,\"errors\":[],\"created\":false}");
    assertThat(sf.record("Account", id).orElseThrow()).containsEntry("Name", "Acme 2");
    assertThat(http.get("sobjects/Account/External_Id__c/A-1").json().get("Id").asText())
        .isEqualTo(id);
  }

  @Test
  void anEncodedSlashInAnExternalIdIsASeparatorAsAtSalesforce() {
    SfHttp.Answer answer = http.patch("sobjects/Account/External_Id__c/A%2FB", "{\"Name\":\"x\"}");

    assertThat(answer.status()).isEqualTo(404);
  }

  @Test
  void otherEncodedCharactersReachTheValueDecoded() {
    SfHttp.Answer created =
        http.patch("sobjects/Account/External_Id__c/A%20%26%20B+C%25%C3%A9", "{\"Name\":\"Acme\"}");

    assertThat(created.status()).isEqualTo(201);
    assertThat(sf.record("Account", created.json().get("id").asText()).orElseThrow())
        .containsEntry("External_Id__c", "A & B+C%\u00e9");
  }

  @Test
  void olderVersionsAnswer204WithoutCreatedFlag() {
    http.patch("/services/data/v45.0/sobjects/Account/External_Id__c/A-1", "{\"Name\":\"Acme\"}");

    SfHttp.Answer updated =
        http.patch("/services/data/v45.0/sobjects/Account/External_Id__c/A-1", "{\"Name\":\"B\"}");

    assertThat(updated.status()).isEqualTo(204);
  }

  @Test
  void severalMatchesGive300AndWriteNothing() {
    String a = http.create("Contact", "{\"LastName\":\"A\",\"Email\":\"same@example.com\"}");
    String b = http.create("Contact", "{\"LastName\":\"B\",\"Email\":\"same@example.com\"}");

    SfHttp.Answer answer =
        http.patch("sobjects/Contact/Email/same@example.com", "{\"LastName\":\"C\"}");

    assertThat(answer.status()).isEqualTo(300);
    assertThat(answer.json())
        .extracting(n -> n.asText())
        .containsExactly(
            sf.dataPath() + "/sobjects/Contact/" + a, sf.dataPath() + "/sobjects/Contact/" + b);
    assertThat(sf.record("Contact", a).orElseThrow()).containsEntry("LastName", "A");
  }

  @Test
  void updateOnlyDoesNotCreate() {
    SfHttp.Answer answer =
        http.patch("sobjects/Account/External_Id__c/NEW?updateOnly=true", "{\"Name\":\"Acme\"}");

    assertError(answer, 404, "NOT_FOUND", null);
    assertThat(sf.count("Account")).isZero();
  }

  @Test
  void refusesTheExternalIdInTheBodyAndNonExternalFields() {
    assertError(
        http.patch(
            "sobjects/Account/External_Id__c/A-1", "{\"Name\":\"A\",\"External_Id__c\":\"A-1\"}"),
        400,
        "INVALID_FIELD",
        null);
    assertError(
        http.patch("sobjects/Account/Industry/Banking", "{\"Name\":\"A\"}"),
        404,
        "NOT_FOUND",
        "Provided external ID field does not exist or is not accessible: Industry");
  }

  @Test
  void upsertValidatesLikeCreate() {
    assertError(
        http.patch("sobjects/Contact/External_Id__c/C-1", "{\"FirstName\":\"Ada\"}"),
        400,
        "REQUIRED_FIELD_MISSING",
        "Required fields are missing: [LastName]");
  }
}
