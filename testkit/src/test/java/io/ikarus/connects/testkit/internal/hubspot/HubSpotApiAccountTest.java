package io.ikarus.connects.testkit.internal.hubspot;

import static io.ikarus.connects.testkit.internal.hubspot.ApiHarness.json;
import static io.ikarus.connects.testkit.internal.hubspot.ApiHarness.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class HubSpotApiAccountTest {

  private final ApiHarness hs = new ApiHarness(Clock.systemUTC());

  private FakeResponse token(String form) {
    return hs.api.handle(
        FakeRequest.of(
            "POST",
            "/oauth/v1/token",
            Map.of("Content-Type", "application/x-www-form-urlencoded"),
            form));
  }

  @Test
  void authorizationCodeThenRefreshWithRotation() {
    hs.api.tokens().grants().addClient("cid", "secret", "https://app.example/cb");
    hs.api.tokens().grants().rotateRefreshTokens(true);
    String code = hs.api.tokens().grants().issueCode("cid", "https://app.example/cb");

    JsonNode first =
        json(
            token(
                "grant_type=authorization_code&client_id=cid&client_secret=secret"
                    + "&redirect_uri=https%3A%2F%2Fapp.example%2Fcb&code="
                    + code));
    String refresh = first.path("refresh_token").asText();
    JsonNode second =
        json(
            token(
                "grant_type=refresh_token&client_id=cid&client_secret=secret"
                    + "&refresh_token="
                    + refresh));
    FakeResponse reused =
        token(
            "grant_type=refresh_token&client_id=cid&client_secret=secret"
                + "&refresh_token="
                + refresh);
    FakeResponse codeAgain =
        token(
            "grant_type=authorization_code&client_id=cid&client_secret=secret"
                + "&redirect_uri=https%3A%2F%2Fapp.example%2Fcb&code="
                + code);

    assertThat(first.path("expires_in").asInt()).isEqualTo(1800);
    assertThat(first.path("token_type").asText()).isEqualTo("bearer");
    assertThat(second.path("refresh_token").asText()).isNotEqualTo(refresh);
    assertThat(json(reused).path("status").asText()).isEqualTo("BAD_REFRESH_TOKEN");
    assertThat(json(codeAgain).path("status").asText()).isEqualTo("BAD_AUTH_CODE");
    FakeResponse api =
        hs.api.handle(
            FakeRequest.of(
                "GET",
                "/crm/v3/objects/contacts",
                Map.of("Authorization", "Bearer " + second.path("access_token").asText()),
                ""));
    assertThat(api.status()).isEqualTo(200);
    hs.api.tokens().expireAccessTokens();
    FakeResponse expired =
        hs.api.handle(
            FakeRequest.of(
                "GET",
                "/crm/v3/objects/contacts",
                Map.of("Authorization", "Bearer " + second.path("access_token").asText()),
                ""));
    assertThat(json(expired).path("category").asText()).isEqualTo("EXPIRED_AUTHENTICATION");
  }

  @Test
  void propertiesListAndCreate() {
    FakeResponse created =
        hs.post(
            "/crm/v3/properties/contacts",
            q(
                "{'name':'favorite_color','label':"
                    + "'Color','type':'enumeration','fieldType':'select','groupName':'contactinformation',"
                    + "'options':[{'label':'Red','value':'red'}]}"));
    JsonNode list = json(hs.get("/crm/v3/properties/contacts"));

    assertThat(created.status()).isEqualTo(201);
    assertThat(list.path("results").findValuesAsText("name")).contains("email", "favorite_color");
    assertThat(
            hs.post(
                    "/crm/v3/properties/contacts",
                    q(
                        "{'name':'favorite_color','label':'x',"
                            + "'type':'string','fieldType':'text','groupName':'g'}"))
                .status())
        .isEqualTo(409);
    assertThat(
            hs.post("/crm/v3/objects/contacts", q("{'properties':{'favorite_color':'blue'}}"))
                .status())
        .isEqualTo(400);
  }

  @Test
  void associationsV4BothWays() {
    String contact =
        json(hs.post("/crm/v3/objects/contacts", q("{'properties':{}}"))).path("id").asText();
    String company =
        json(hs.post("/crm/v3/objects/companies", q("{'properties':{}}"))).path("id").asText();

    FakeResponse put =
        hs.call(
            "PUT",
            "/crm/v4/objects/contacts/" + contact + "/associations/default/companies/" + company,
            "");
    JsonNode fromCompany =
        json(hs.get("/crm/v4/objects/companies/" + company + "/associations/contacts"));
    FakeResponse delete =
        hs.call(
            "DELETE",
            "/crm/v4/objects/contacts/" + contact + "/associations/companies/" + company,
            "");

    assertThat(put.status()).isEqualTo(200);
    assertThat(
            json(put)
                .path("results")
                .get(0)
                .path("associationSpec")
                .path("associationTypeId")
                .asInt())
        .isEqualTo(279);
    assertThat(fromCompany.path("results").get(0).path("toObjectId").asText()).isEqualTo(contact);
    assertThat(delete.status()).isEqualTo(204);
    assertThat(
            json(hs.get("/crm/v4/objects/contacts/" + contact + "/associations/companies"))
                .path("results"))
        .isEmpty();
  }

  @Test
  void formSubmissionCreatesTheContact() {
    hs.api.forms().addForm("123", "guid-1", Set.of("email", "firstname"), Set.of("email"));

    FakeResponse ok =
        submitForm(
            q(
                "{'fields':[{'objectTypeId':'0-1',"
                    + "'name':'email','value':'f@x.io'},{'name':'firstname','value':'F'}]}"));
    FakeResponse bad =
        submitForm(q("{'fields':[{'name':'email','value':'nope'},{'name':'shoe','value':'9'}]}"));

    assertThat(ok.status()).isEqualTo(200);
    assertThat(json(ok).path("inlineMessage").asText()).isNotBlank();
    assertThat(hs.get("/crm/v3/objects/contacts/f@x.io?idProperty=email").status()).isEqualTo(200);
    assertThat(json(bad).path("errors").findValuesAsText("errorType"))
        .containsExactly("INVALID_EMAIL", "FIELD_NOT_IN_FORM_DEFINITION");
  }

  @Test
  void formEmailTheContactWriteWouldRefuseIsTheFormsInvalidEmailError() {
    hs.api.forms().addForm("123", "guid-1", Set.of("email"), Set.of("email"));

    FakeResponse bad = submitForm(q("{'fields':[{'name':'email','value':'a@b.c.'}]}"));

    assertThat(bad.status()).isEqualTo(400);
    assertThat(json(bad).path("errors").findValuesAsText("errorType"))
        .containsExactly("INVALID_EMAIL");
  }

  @Test
  void rollingWindowAndDailyLimitsWithPolicyNames() {
    AtomicLong now = new AtomicLong(1_000);
    hs.api.rateLimits(new RateLimits(2, 100, 4, 1, 1000, now::get));

    FakeResponse ok = hs.get("/crm/v3/objects/contacts");
    hs.get("/crm/v3/objects/contacts");
    FakeResponse burst = hs.get("/crm/v3/objects/contacts");
    now.addAndGet(100);
    FakeResponse search = hs.post("/crm/v3/objects/contacts/search", "{}");
    FakeResponse search2 = hs.post("/crm/v3/objects/contacts/search", "{}");
    hs.get("/crm/v3/objects/contacts");
    FakeResponse daily = hs.get("/crm/v3/objects/contacts");

    assertThat(ok.header("X-HubSpot-RateLimit-Max")).isEqualTo("2");
    assertThat(ok.header("X-HubSpot-RateLimit-Remaining")).isEqualTo("1");
    assertThat(ok.header("X-HubSpot-RateLimit-Interval-Milliseconds")).isEqualTo("100");
    assertThat(burst.status()).isEqualTo(429);
    assertThat(json(burst).path("policyName").asText()).isEqualTo("TEN_SECONDLY_ROLLING");
    assertThat(json(burst).path("errorType").asText()).isEqualTo("RATE_LIMIT");
    assertThat(search.status()).isEqualTo(200);
    assertThat(search.header("X-HubSpot-RateLimit-Max")).isNull();
    assertThat(json(search2).path("policyName").asText()).isEqualTo("SECONDLY");
    assertThat(json(daily).path("policyName").asText()).isEqualTo("DAILY");
  }

  private FakeResponse submitForm(String body) {
    return hs.api.handle(
        FakeRequest.of(
            "POST",
            "/submissions/v3/integration/submit/123/guid-1",
            Map.of("Content-Type", "application/json"),
            body));
  }
}
