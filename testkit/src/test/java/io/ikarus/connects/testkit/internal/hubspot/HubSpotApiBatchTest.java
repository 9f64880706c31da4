package io.ikarus.connects.testkit.internal.hubspot;

import static io.ikarus.connects.testkit.internal.hubspot.ApiHarness.json;
import static io.ikarus.connects.testkit.internal.hubspot.ApiHarness.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ikarus.connects.testkit.FakeResponse;
import java.time.Clock;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

class HubSpotApiBatchTest {

  private final ApiHarness hs = new ApiHarness(Clock.systemUTC());

  private static String inputs(int n, String template) {
    StringJoiner j = new StringJoiner(",", "{\"inputs\":[", "]}");
    for (int i = 0; i < n; i++) {
      j.add(q(template.replace("#", Integer.toString(i))));
    }
    return j.toString();
  }

  @Test
  void refusesMoreThanOneHundredInputs() {
    FakeResponse r =
        hs.post(
            "/crm/v3/objects/contacts/batch/create",
            inputs(101, "{'properties':{'firstname':'n#'}}"));

    assertThat(r.status()).isEqualTo(400);
    assertThat(json(r).path("message").asText()).contains("101");
  }

  @Test
  void createWithoutTraceIdsIsAllOrNothing() {
    FakeResponse r =
        hs.post(
            "/crm/v3/objects/contacts/batch/create",
            q("{'inputs':[{'properties':{'firstname':'a'}},{'properties':{'bogus':'b'}}]}"));

    assertThat(r.status()).isEqualTo(400);
    assertThat(json(hs.get("/crm/v3/objects/contacts")).path("results")).isEmpty();
  }

  @Test
  void createResultsOmitTraceIdsByDefaultAsTheReferenceExamplesDo() {
    FakeResponse r =
        hs.post(
            "/crm/v3/objects/contacts/batch/create",
            q("{'inputs':[{'objectWriteTraceId':'0','properties':{'firstname':'a'}}]}"));

    assertThat(r.status()).isEqualTo(201);
    assertThat(json(r).path("results").get(0).has("objectWriteTraceId")).isFalse();
    assertThat(json(r).path("results").get(0).path("properties").path("firstname").asText())
        .isEqualTo("a");
  }

  @Test
  void numbersComeBackAsStringsFromWritesListsAndBatchReads() {
    FakeResponse created =
        hs.post(
            "/crm/v3/objects/deals/batch/create",
            q("{'inputs':[{'properties':{'dealname':'d','amount':12.5}}]}"));
    String id = json(created).path("results").get(0).path("id").asText();

    JsonNode listed = json(hs.get("/crm/v3/objects/deals?properties=amount")).path("results");
    FakeResponse read =
        hs.post(
            "/crm/v3/objects/deals/batch/read",
            q("{'properties':['amount'],'inputs':[{'id':'" + id + "'}]}"));

    assertThat(json(created).path("results").get(0).path("properties").path("amount").isTextual())
        .isTrue();
    assertThat(listed.get(0).path("properties").path("amount").textValue()).isEqualTo("12.5");
    assertThat(json(read).path("results").get(0).path("properties").path("amount").textValue())
        .isEqualTo("12.5");
    assertThat(json(read).path("results").get(0).path("id").isTextual()).isTrue();
  }

  @Test
  void createWithTraceIdsReportsEachFailure() {
    hs.api.batches().echoTraceIds(true);
    FakeResponse r =
        hs.post(
            "/crm/v3/objects/contacts/batch/create",
            q(
                "{'inputs':["
                    + "{'objectWriteTraceId':'0','properties':{'firstname':'a'}},"
                    + "{'objectWriteTraceId':'1','properties':{'bogus':'b'}},"
                    + "{'objectWriteTraceId':'2','properties':{'firstname':'c'}}]}"));

    JsonNode body = json(r);
    assertThat(r.status()).isEqualTo(207);
    assertThat(body.path("numErrors").asInt()).isEqualTo(1);
    assertThat(body.path("results").findValuesAsText("objectWriteTraceId"))
        .containsExactly("0", "2");
    assertThat(
            body.path("errors").get(0).path("context").path("objectWriteTraceId").get(0).asText())
        .isEqualTo("1");
    assertThat(body.path("errors").get(0).path("category").asText()).isEqualTo("VALIDATION_ERROR");
  }

  @Test
  void upsertByEmailSaysWhatIsNew() {
    hs.post("/crm/v3/objects/contacts", q("{'properties':{'email':'old@x.io','firstname':'O'}}"));

    FakeResponse r =
        hs.post(
            "/crm/v3/objects/contacts/batch/upsert",
            q(
                "{'inputs':["
                    + "{'id':'old@x.io','idProperty':'email','properties':{'firstname':'Old'}},"
                    + "{'id':'new@x.io','idProperty':'email','properties':{'firstname':'New'}}]}"));

    JsonNode results = json(r).path("results");
    assertThat(r.status()).isEqualTo(200);
    assertThat(results.findValuesAsText("new")).containsExactly("false", "true");
    assertThat(results.get(1).path("properties").path("email").asText()).isEqualTo("new@x.io");
    assertThat(
            hs.post(
                    "/crm/v3/objects/contacts/batch/upsert",
                    q("{'inputs':[{'id':'x','idProperty':'firstname','properties':{}}]}"))
                .status())
        .isEqualTo(207);
    assertThat(
            hs.post(
                    "/crm/v3/objects/contacts/batch/upsert",
                    q(
                        "{'inputs':[{'id':'a@x.io','idProperty':'email'},{'id':'A@x.io','idProperty':'email'}]}"))
                .status())
        .isEqualTo(400);
  }

  @Test
  void upsertFindsUniqueValuesInAnyCaseAfterUpdatesAndArchives() {
    String id =
        json(hs.post("/crm/v3/objects/contacts", q("{'properties':{'email':'a@x.io'}}")))
            .path("id")
            .asText();
    hs.call("PATCH", "/crm/v3/objects/contacts/" + id, q("{'properties':{'email':'b@x.io'}}"));
    String upsert = "/crm/v3/objects/contacts/batch/upsert";

    JsonNode byNew = json(hs.post(upsert, q("{'inputs':[{'id':'B@X.IO','idProperty':'email'}]}")));
    JsonNode byOld = json(hs.post(upsert, q("{'inputs':[{'id':'a@x.io','idProperty':'email'}]}")));
    hs.call("DELETE", "/crm/v3/objects/contacts/" + id, "");
    JsonNode afterArchive =
        json(hs.post(upsert, q("{'inputs':[{'id':'b@x.io','idProperty':'email'}]}")));

    assertThat(byNew.path("results").get(0).path("id").asText()).isEqualTo(id);
    assertThat(byNew.path("results").get(0).path("new").asBoolean()).isFalse();
    assertThat(byOld.path("results").get(0).path("new").asBoolean()).isTrue();
    assertThat(afterArchive.path("results").get(0).path("new").asBoolean()).isTrue();
  }

  @Test
  void updateAndReadReportMissingIdsIn207() {
    String id =
        json(hs.post("/crm/v3/objects/deals", q("{'properties':{'dealname':'d'}}")))
            .path("id")
            .asText();

    FakeResponse update =
        hs.post(
            "/crm/v3/objects/deals/batch/update",
            q(
                "{'inputs':["
                    + "{'id':'"
                    + id
                    + "','properties':{'amount':'10.5'}},{'id':'999999','properties':{}}]}"));
    FakeResponse read =
        hs.post(
            "/crm/v3/objects/deals/batch/read",
            q("{'properties':['amount'],'inputs':[{'id':'" + id + "'},{'id':'424242'}]}"));
    FakeResponse archive =
        hs.post("/crm/v3/objects/deals/batch/archive", q("{'inputs':[{'id':'" + id + "'}]}"));

    assertThat(update.status()).isEqualTo(207);
    assertThat(json(update).path("errors").get(0).path("category").asText())
        .isEqualTo("OBJECT_NOT_FOUND");
    assertThat(json(read).path("results").get(0).path("properties").path("amount").asText())
        .isEqualTo("10.5");
    assertThat(json(read).path("errors").get(0).path("context").path("ids").get(0).asText())
        .isEqualTo("424242");
    assertThat(archive.status()).isEqualTo(204);
  }
}
