package io.ikarus.connects.testkit;

import static io.ikarus.connects.testkit.SalesforceCrudTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SalesforceCollectionsTest extends SalesforceTestSupport {

  @Test
  void createKeepsInputOrderAndReportsPerRecordErrorsWithStatusCode() {
    SfHttp.Answer a =
        http.post(
            "composite/sobjects",
            "{\"allOrNone\":false,\"records\":["
                + "{\"attributes\":{\"type\":\"Contact\"},\"LastName\":\"A\"},"
                + "{\"attributes\":{\"type\":\"Contact\"},\"FirstName\":\"no last name\"},"
                + "{\"attributes\":{\"type\":\"Lead\"},\"LastName\":\"L\",\"Company\":\"C\"}]}");

    assertThat(a.status()).isEqualTo(200);
    JsonNode r = a.json();
    assertThat(r.get(0).get("success").asBoolean()).isTrue();
    assertThat(r.get(0).get("id").asText()).startsWith("003");
    assertThat(r.get(1).get("success").asBoolean()).isFalse();
    assertThat(r.get(1).has("id")).isFalse();
    JsonNode error = r.get(1).get("errors").get(0);
    assertThat(error.get("statusCode").asText()).isEqualTo("REQUIRED_FIELD_MISSING");
    assertThat(error.get("fields").get(0).asText()).isEqualTo("LastName");
    assertThat(r.get(2).get("id").asText()).startsWith("00Q");
    assertThat(sf.count("Contact")).isEqualTo(1);
    assertThat(sf.journal().last().records()).isEqualTo(3);
  }

  @Test
  void allOrNoneRollsBackEverythingAndStillAnswers200() {
    SfHttp.Answer a =
        http.post(
            "composite/sobjects",
            "{\"allOrNone\":true,\"records\":["
                + "{\"attributes\":{\"type\":\"Account\"},\"Name\":\"ok\"},"
                + "{\"attributes\":{\"type\":\"Account\"},\"Nope__c\":1}]}");

    assertThat(a.status()).isEqualTo(200);
    JsonNode first = a.json().get(0);
    assertThat(first.get("success").asBoolean()).isFalse();
    assertThat(first.get("errors").get(0).get("statusCode").asText())
        .isEqualTo("ALL_OR_NONE_OPERATION_ROLLED_BACK");
    assertThat(a.json().get(1).get("errors").get(0).get("statusCode").asText())
        .isEqualTo("INVALID_FIELD");
    assertThat(sf.count("Account")).isZero();
  }

  @Test
  void moreThan200RecordsIsRefused() {
    StringBuilder body = new StringBuilder("{\"records\":[");
    for (int i = 0; i < 201; i++) {
      body.append(i == 0 ? "" : ",")
          .append("{\"attributes\":{\"type\":\"Account\"},\"Name\":\"A\"}");
    }
    body.append("]}");

    assertError(
        http.post("composite/sobjects", body.toString()),
        400,
        "EXCEEDED_ID_LIMIT",
        "record limit reached. cannot submit more than 200 records into this call");
    assertThat(sf.count("Account")).isZero();
  }

  @Test
  void updateUpsertAndDelete() {
    String a = sf.insert("Account", Map.of("Name", "A"));
    JsonNode updated =
        http.patch(
                "composite/sobjects",
                "{\"records\":[{\"attributes\":{\"type\":\"Account\"},\"id\":\""
                    + a
                    + "\",\"Name\":\"A2\"},"
                    + "{\"attributes\":{\"type\":\"Account\"},\"Name\":\"no id\"}]}")
            .json();
    assertThat(updated.get(0).get("success").asBoolean()).isTrue();
    assertThat(updated.get(1).get("errors").get(0).get("statusCode").asText())
        .isEqualTo("MISSING_ARGUMENT");
    assertThat(sf.record("Account", a).orElseThrow()).containsEntry("Name", "A2");

    JsonNode upserted =
        http.patch(
                "composite/sobjects/Account/External_Id__c",
                "{\"records\":[{\"attributes\":{\"type\":\"Account\"},\"External_Id__c\":\"E1\",\"Name\":\"N\"},"
                    + "{\"attributes\":{\"type\":\"Account\"},\"External_Id__c\":\"E1\",\"Name\":\"dup\"}]}")
            .json();
    assertThat(upserted.get(0).get("created").asBoolean()).isTrue();
    assertThat(upserted.get(1).get("errors").get(0).get("statusCode").asText())
        .isEqualTo("DUPLICATE_EXTERNAL_ID");

    JsonNode deleted = http.delete("composite/sobjects?ids=" + a + ",001000000000000AAA").json();
    assertThat(deleted.get(0).get("success").asBoolean()).isTrue();
    assertThat(deleted.get(1).get("errors").get(0).get("statusCode").asText())
        .isEqualTo("INVALID_CROSS_REFERENCE_KEY");
    assertThat(
            http.delete("composite/sobjects?ids=" + a)
                .json()
                .get(0)
                .get("errors")
                .get(0)
                .get("statusCode")
                .asText())
        .isEqualTo("ENTITY_IS_DELETED");
  }

  @Test
  void upsertAndUpdateFindTheirKeyWhateverItsCase() {
    String a = sf.insert("Account", Map.of("Name", "A"));
    JsonNode updated =
        http.patch(
                "composite/sobjects",
                "{\"records\":[{\"attributes\":{\"type\":\"Account\"},\"ID\":\""
                    + a
                    + "\",\"Name\":\"A2\"}]}")
            .json();
    JsonNode upserted =
        http.patch(
                "composite/sobjects/Account/External_Id__c",
                "{\"records\":[{\"attributes\":{\"type\":\"Account\"},"
                    + "\"external_id__c\":\"E9\",\"Name\":\"N\"}]}")
            .json();

    assertThat(updated.get(0).get("success").asBoolean()).as(updated.toString()).isTrue();
    assertThat(upserted.get(0).get("created").asBoolean()).as(upserted.toString()).isTrue();
    assertThat(sf.count("Account")).isEqualTo(2);

    http.delete("composite/sobjects?ids=" + a);
    JsonNode failed =
        http.patch(
                "composite/sobjects",
                "{\"records\":[{\"attributes\":{\"type\":\"Account\"},\"Id\":\""
                    + a
                    + "\",\"Name\":\"gone\"}]}")
            .json();
    assertThat(failed.get(0).get("success").asBoolean()).isFalse();
    assertThat(failed.get(0).path("id").asText())
        .as("a failed result names its record")
        .isEqualTo(a);
  }
}
