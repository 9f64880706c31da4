package io.ikarus.connects.testkit.internal.hubspot;

import static io.ikarus.connects.testkit.internal.hubspot.ApiHarness.json;
import static io.ikarus.connects.testkit.internal.hubspot.ApiHarness.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ikarus.connects.testkit.FakeResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Pins the exact JSON of the associations v4 replies. */
class HubSpotApiAssociationsTest {

  private final ApiHarness hs =
      new ApiHarness(Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC));

  private String create(String type) {
    return json(hs.post("/crm/v3/objects/" + type, q("{'properties':{}}"))).path("id").asText();
  }

  private static JsonNode expected(String singleQuoted) {
    return Wire.parse(q(singleQuoted));
  }

  private String companiesOf(String contact) {
    return json(hs.get("/crm/v4/objects/contacts/" + contact + "/associations/companies"))
        .path("results")
        .toString();
  }

  private int count(String type) {
    return json(hs.get("/crm/v3/objects/" + type + "?limit=100")).path("results").size();
  }

  private static String input(String trace, String companyId, int typeId) {
    return ("{'properties':{}%s,'associations':[{'to':{'id':'%s'},'types':"
            + "[{'associationCategory':'HUBSPOT_DEFINED','associationTypeId':%d}]}]}")
        .formatted(trace == null ? "" : ",'objectWriteTraceId':'" + trace + "'", companyId, typeId);
  }

  @Test
  void batchCreateLinksEachInputAsItsAssociationsAsk() {
    String company = create("companies");
    String body =
        "{'inputs':[" + input(null, company, 279) + "," + input(null, company, 279) + "]}";

    FakeResponse created = hs.post("/crm/v3/objects/contacts/batch/create", q(body));

    assertThat(created.status()).isEqualTo(201);
    for (JsonNode result : json(created).path("results")) {
      assertThat(companiesOf(result.path("id").asText())).contains("\"toObjectId\":" + company);
    }
  }

  @Test
  void aBadAssociationWritesNothingInACreateOrAnAllOrNoneBatch() {
    String company = create("companies");

    FakeResponse single = hs.post("/crm/v3/objects/contacts", q(input(null, company, 99_999)));
    String batch =
        "{'inputs':[" + input(null, company, 279) + "," + input(null, "999999", 279) + "]}";
    FakeResponse allOrNone = hs.post("/crm/v3/objects/contacts/batch/create", q(batch));

    assertThat(single.status()).isEqualTo(400);
    FakeResponse notAnId = hs.post("/crm/v3/objects/contacts", q(input(null, "abc", 279)));
    assertThat(notAnId.body()).contains("associations[].to.id", "'abc'");
    assertThat(allOrNone.status()).isEqualTo(404);
    assertThat(count("contacts")).isZero();
  }

  @Test
  void aBadAssociationFailsOnlyItsInputInAMultiStatusBatch() {
    String company = create("companies");
    String body =
        "{'inputs':[" + input("a", company, 279) + "," + input("b", company, 99_999) + "]}";

    FakeResponse created = hs.post("/crm/v3/objects/contacts/batch/create", q(body));

    assertThat(created.status()).isEqualTo(207);
    assertThat(json(created).path("results")).hasSize(1);
    assertThat(json(created).path("errors").toString()).contains("99999");
    assertThat(count("contacts")).isEqualTo(1);
  }

  @Test
  void defaultPutListsBothDirectionsWithTimestamps() {
    String contact = create("contacts");
    String company = create("companies");

    FakeResponse put =
        hs.call(
            "PUT",
            "/crm/v4/objects/contacts/" + contact + "/associations/default/companies/" + company,
            "");

    assertThat(put.status()).isEqualTo(200);
    assertThat(json(put))
        .isEqualTo(
            expected(
                ("{'status':'COMPLETE','results':["
                        + "{'from':{'id':'%1$s'},'to':{'id':'%2$s'},'associationSpec':"
                        + "{'associationCategory':'HUBSPOT_DEFINED','associationTypeId':279}},"
                        + "{'from':{'id':'%2$s'},'to':{'id':'%1$s'},'associationSpec':"
                        + "{'associationCategory':'HUBSPOT_DEFINED','associationTypeId':280}}],"
                        + "'startedAt':'2024-05-01T10:00:00.000Z',"
                        + "'completedAt':'2024-05-01T10:00:00.000Z'}")
                    .formatted(contact, company)));
  }

  @Test
  void labelledPutAndListShapes() {
    String contact = create("contacts");
    String company = create("companies");

    FakeResponse put =
        hs.call(
            "PUT",
            "/crm/v4/objects/contacts/" + contact + "/associations/companies/" + company,
            q("[{'associationCategory':'USER_DEFINED','associationTypeId':7}]"));
    FakeResponse list = hs.get("/crm/v4/objects/contacts/" + contact + "/associations/companies");

    assertThat(put.status()).isEqualTo(201);
    assertThat(json(put))
        .isEqualTo(
            expected(
                ("{'fromObjectTypeId':'0-1','fromObjectId':%s,"
                        + "'toObjectTypeId':'0-2','toObjectId':%s,'labels':[]}")
                    .formatted(contact, company)));
    assertThat(list.status()).isEqualTo(200);
    assertThat(json(list))
        .isEqualTo(
            expected(
                ("{'results':[{'toObjectId':%s,'associationTypes':["
                        + "{'category':'HUBSPOT_DEFINED','typeId':279,'label':null},"
                        + "{'category':'USER_DEFINED','typeId':7,'label':null}]}]}")
                    .formatted(company)));
  }
}
