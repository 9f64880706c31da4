package io.ikarus.connects.testkit.internal.hubspot;

import static io.ikarus.connects.testkit.internal.hubspot.ApiHarness.json;
import static io.ikarus.connects.testkit.internal.hubspot.ApiHarness.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HubSpotApiObjectsTest {

  private final ApiHarness hs = new ApiHarness(Clock.systemUTC());

  @Test
  void refusesMissingOrUnknownTokens() {
    FakeResponse none =
        hs.api.handle(FakeRequest.of("GET", "/crm/v3/objects/contacts", Map.of(), ""));
    FakeResponse bad =
        hs.api.handle(
            FakeRequest.of(
                "GET", "/crm/v3/objects/contacts", Map.of("Authorization", "Bearer nope"), ""));

    assertThat(none.status()).isEqualTo(401);
    assertThat(json(none).path("category").asText()).isEqualTo("INVALID_AUTHENTICATION");
    assertThat(json(none).path("correlationId").asText()).isNotBlank();
    assertThat(bad.status()).isEqualTo(401);
  }

  @Test
  void crudRoundTripWithStringValuesAndStamps() {
    FakeResponse created =
        hs.post(
            "/crm/v3/objects/contacts",
            q("{'properties':{'email':'ada@example.com','firstname':'Ada'}}"));
    String id = json(created).path("id").asText();

    JsonNode read = json(hs.get("/crm/v3/objects/contacts/" + id + "?properties=email,phone"));
    FakeResponse patched =
        hs.call("PATCH", "/crm/v3/objects/contacts/" + id, q("{'properties':{'phone':'+47 1'}}"));
    FakeResponse deleted = hs.call("DELETE", "/crm/v3/objects/contacts/" + id, "");

    assertThat(created.status()).isEqualTo(201);
    assertThat(read.path("properties").path("email").asText()).isEqualTo("ada@example.com");
    assertThat(read.path("properties").has("phone")).isTrue();
    assertThat(read.path("properties").get("phone").isNull()).isTrue();
    assertThat(read.path("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*\\.\\d{3}Z");
    assertThat(json(patched).path("properties").path("lastmodifieddate").asText()).isNotEmpty();
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(hs.get("/crm/v3/objects/contacts/" + id).status()).isEqualTo(404);
    assertThat(
            json(hs.get("/crm/v3/objects/contacts/" + id + "?archived=true"))
                .path("archived")
                .asBoolean())
        .isTrue();
  }

  @Test
  void readsByUniqueIdPropertyOnly() {
    hs.post("/crm/v3/objects/contacts", q("{'properties':{'email':'b@example.com'}}"));

    assertThat(hs.get("/crm/v3/objects/contacts/b@example.com?idProperty=email").status())
        .isEqualTo(200);
    assertThat(hs.get("/crm/v3/objects/contacts/x?idProperty=firstname").status()).isEqualTo(400);
  }

  @Test
  void refusesUnknownReadOnlyAndInvalidValues() {
    FakeResponse r =
        hs.post(
            "/crm/v3/objects/contacts",
            q("{'properties':{'nope':'1','lastmodifieddate':'1','lifecyclestage':'boss'}}"));

    assertThat(r.status()).isEqualTo(400);
    JsonNode body = json(r);
    assertThat(body.path("category").asText()).isEqualTo("VALIDATION_ERROR");
    assertThat(body.path("message").asText()).startsWith("Property values were not valid: [");
    assertThat(body.path("errors").findValuesAsText("code"))
        .containsExactly("PROPERTY_DOESNT_EXIST", "READ_ONLY_VALUE", "INVALID_OPTION");
    assertThat(body.path("errors").get(0).path("context").path("propertyName").get(0).asText())
        .isEqualTo("nope");
  }

  @Test
  void duplicateEmailIsAConflictNamingTheExistingId() {
    String id =
        json(hs.post("/crm/v3/objects/contacts", q("{'properties':{'email':'c@x.io'}}")))
            .path("id")
            .asText();

    FakeResponse dup = hs.post("/crm/v3/objects/contacts", q("{'properties':{'email':'C@x.io'}}"));

    assertThat(dup.status()).isEqualTo(409);
    assertThat(json(dup).path("message").asText())
        .isEqualTo("Contact already exists. Existing ID: " + id);
  }

  @Test
  void listPagesWithOpaqueCursorAndArchivedSeparately() {
    for (int i = 0; i < 5; i++) {
      hs.post("/crm/v3/objects/companies", q("{'properties':{'name':'c" + i + "'}}"));
    }
    JsonNode first = json(hs.get("/crm/v3/objects/companies?limit=3&properties=name"));
    String after = first.path("paging").path("next").path("after").asText();
    JsonNode second = json(hs.get("/crm/v3/objects/companies?limit=3&after=" + after));
    hs.call(
        "DELETE",
        "/crm/v3/objects/companies/" + first.path("results").get(0).path("id").asText(),
        "");

    assertThat(first.path("results")).hasSize(3);
    assertThat(second.path("results")).hasSize(2);
    assertThat(second.has("paging")).isFalse();
    assertThat(json(hs.get("/crm/v3/objects/companies?archived=true")).path("results")).hasSize(1);
    assertThat(hs.get("/crm/v3/objects/companies?limit=101").status()).isEqualTo(400);
  }

  @Test
  void strictAboutContentTypeAndUnknownObjectTypes() {
    FakeResponse wrongType =
        hs.api.handle(
            FakeRequest.of(
                "POST",
                "/crm/v3/objects/contacts",
                Map.of("Authorization", "Bearer " + ApiHarness.TOKEN, "Content-Type", "text/plain"),
                "{}"));

    assertThat(wrongType.status()).isEqualTo(415);
    assertThat(hs.get("/crm/v3/objects/unicorns").status()).isEqualTo(400);
  }

  @Test
  void customObjectsByTypeId() {
    hs.api
        .schema()
        .addType(
            ObjectType.custom("2-12345", "cars"), java.util.List.of(PropertyDef.text("model")));

    FakeResponse r = hs.post("/crm/v3/objects/2-12345", q("{'properties':{'model':'T'}}"));

    assertThat(r.status()).isEqualTo(201);
    assertThat(hs.get("/crm/v3/objects/cars/" + json(r).path("id").asText()).status())
        .isEqualTo(200);
  }
}
