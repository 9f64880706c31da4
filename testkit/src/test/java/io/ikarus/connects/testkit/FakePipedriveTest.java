package io.ikarus.connects.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakePipedriveTest {

  private final FakePipedrive fake = FakePipedrive.builder().unlimited().start();
  private final PipedriveWire wire = new PipedriveWire(fake);

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void acceptsTheApiTokenAsHeaderOrQueryAndRefusesItAsBearer() {
    assertThat(wire.get("/api/v2/persons").status()).isEqualTo(200);
    assertThat(wire.send(wire.base("/api/v2/persons?api_token=" + fake.apiToken())).status())
        .isEqualTo(200);
    PipedriveWire.Reply bearer =
        wire.send(
            wire.base("/api/v2/persons").header("Authorization", "Bearer " + fake.apiToken()));
    assertThat(bearer.status()).isEqualTo(401);
    PipedriveWire.Reply none = wire.send(wire.base("/api/v2/persons"));
    assertThat(none.status()).isEqualTo(401);
    assertThat(none.body().get("success").asBoolean()).isFalse();
    assertThat(none.body().get("error_info").asText()).contains("developers.pipedrive.com");
  }

  @Test
  void createsWithStatus200ReadsUpdatesAndDeletesAPerson() {
    PipedriveWire.Reply created =
        wire.post(
            "/api/v2/persons",
            "{\"name\":\"Ada Lovelace\",\"emails\":[{\"value\":\"ada@example.com\",\"primary\":true}]}");
    assertThat(created.status()).isEqualTo(200);
    long id = created.body().at("/data/id").asLong();
    assertThat(created.body().at("/data/update_time").asText())
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    assertThat(
            wire.patch("/api/v2/persons/" + id, "{\"name\":\"Ada King\"}")
                .body()
                .at("/data/name")
                .asText())
        .isEqualTo("Ada King");
    PipedriveWire.Reply deleted = wire.delete("/api/v2/persons/" + id);
    assertThat(deleted.body().at("/data/id").asLong()).isEqualTo(id);
    assertThat(wire.get("/api/v2/persons/" + id).status()).isEqualTo(404);
  }

  @Test
  void v2RefusesNumericStringsAndOneZeroBooleansAndV1TwinsAreGone() {
    assertThat(wire.post("/api/v2/deals", "{\"title\":\"T\",\"person_id\":\"1\"}").status())
        .isEqualTo(400);
    assertThat(wire.post("/api/v2/deals", "{\"title\":\"T\",\"is_archived\":1}").status())
        .isEqualTo(400);
    assertThat(wire.post("/api/v2/persons", "{}").body().get("error").asText()).contains("name");
    assertThat(wire.get("/v1/persons").status()).isEqualTo(410);
  }

  @Test
  void pagesWithCursorsUntilNextCursorIsNull() {
    for (int i = 0; i < 5; i++) {
      fake.insert("persons", java.util.Map.of("name", "P" + i));
    }
    List<String> names = new ArrayList<>();
    String cursor = "";
    int pages = 0;
    do {
      JsonNode body = wire.get("/api/v2/persons?limit=2" + cursor).body();
      body.get("data").forEach(p -> names.add(p.get("name").asText()));
      JsonNode next = body.at("/additional_data/next_cursor");
      cursor = next.isNull() ? null : "&cursor=" + next.asText();
      pages++;
    } while (cursor != null);
    assertThat(names).containsExactly("P0", "P1", "P2", "P3", "P4");
    assertThat(pages).isEqualTo(3);
    assertThat(wire.get("/api/v2/persons?limit=501").status()).isEqualTo(400);
  }

  @Test
  void refusesAMalformedCursorEvenWhenNothingIsLeftToPage() {
    assertThat(wire.get("/api/v2/deals?cursor=not-a-cursor").status()).isEqualTo(400);
    assertThat(wire.get("/api/v2/persons/search?term=ab&cursor=not-a-cursor").status())
        .isEqualTo(400);
  }

  @Test
  void archivedAndDeletedDealsLeaveTheMainListForTheirOwnListings() {
    String kept = fake.insert("deals", java.util.Map.of("title", "Kept"));
    String archived = fake.insert("deals", java.util.Map.of("title", "Archived"));
    String deleted = fake.insert("deals", java.util.Map.of("title", "Deleted"));
    fake.archive("deals", archived);
    fake.delete("deals", deleted);
    assertThat(ids(wire.get("/api/v2/deals").body())).containsExactly(kept);
    assertThat(ids(wire.get("/api/v2/deals/archived").body())).containsExactly(archived);
    JsonNode gone = wire.get("/api/v2/deals?status=deleted").body();
    assertThat(ids(gone)).containsExactly(deleted);
    assertThat(gone.at("/data/0/is_deleted").asBoolean()).isTrue();
  }

  @Test
  void acceptsARepeatedValueInACommaSeparatedParameter() {
    String open = fake.insert("deals", java.util.Map.of("title", "Open deal"));
    fake.insert("persons", java.util.Map.of("name", "Ada"));
    PipedriveWire.Reply deals = wire.get("/api/v2/deals?status=open,open");
    assertThat(deals.status()).isEqualTo(200);
    assertThat(ids(deals.body())).containsExactly(open);
    PipedriveWire.Reply found = wire.get("/api/v2/persons/search?term=Ada&fields=name,name");
    assertThat(found.status()).isEqualTo(200);
    assertThat(found.body().at("/data/items").size()).isEqualTo(1);
  }

  @Test
  void customFieldsUseHashKeysAndSearchFindsExactMatches() {
    String budget = fake.addCustomField("persons", "Budget code", "varchar");
    assertThat(budget).matches("[0-9a-f]{40}");
    wire.post(
        "/api/v2/persons", "{\"name\":\"A\",\"custom_fields\":{\"" + budget + "\":\"X-100\"}}");
    wire.post(
        "/api/v2/persons", "{\"name\":\"B\",\"custom_fields\":{\"" + budget + "\":\"X-1000\"}}");
    JsonNode exact =
        wire.get("/api/v2/persons/search?term=x-100&exact_match=true&fields=custom_fields").body();
    assertThat(exact.at("/data/items").size()).isEqualTo(1);
    assertThat(exact.at("/data/items/0/item/name").asText()).isEqualTo("A");
    JsonNode partial = wire.get("/api/v2/persons/search?term=X-100&fields=custom_fields").body();
    assertThat(partial.at("/data/items").size()).isEqualTo(2);
    assertThat(wire.get("/api/v2/persons/search?term=x").status()).isEqualTo(400);
    JsonNode fields = wire.get("/api/v2/personFields").body();
    assertThat(fields.toString()).contains(budget, "Budget code");
  }

  @Test
  void fieldsApiRefusesWhatItDoesNotServeInsteadOfFailingOrPretending() {
    String budget = fake.addCustomField("deals", "Budget code", "varchar");
    assertThat(wire.delete("/api/v2/dealFields").status()).isEqualTo(405);
    assertThat(wire.patch("/api/v2/dealFields", "{}").status()).isEqualTo(405);
    assertThat(wire.patch("/api/v2/dealFields/" + budget, "{\"field_name\":\"X\"}").status())
        .isEqualTo(405);
    assertThat(wire.get("/api/v2/dealFields/" + budget + "/extra").status()).isEqualTo(404);
    assertThat(wire.delete("/api/v2/dealFields/title").status()).isEqualTo(400);
    assertThat(wire.get("/api/v2/dealFields/title").status()).isEqualTo(200);
    assertThat(wire.delete("/api/v2/dealFields/" + budget).status()).isEqualTo(200);
    assertThat(wire.get("/api/v2/dealFields/" + budget).status()).isEqualTo(404);
  }

  @Test
  void leadsAreV1WithOffsetPagingAndCreate201() {
    String person = fake.insert("persons", java.util.Map.of("name", "P"));
    PipedriveWire.Reply lead =
        wire.post("/v1/leads", "{\"title\":\"L1\",\"person_id\":" + person + "}");
    assertThat(lead.status()).isEqualTo(201);
    assertThat(lead.body().at("/data/id").asText()).hasSize(36);
    assertThat(wire.post("/v1/leads", "{\"title\":\"L2\"}").status()).isEqualTo(400);
    wire.post("/v1/leads", "{\"title\":\"L2\",\"person_id\":" + person + "}");
    JsonNode page = wire.get("/v1/leads?limit=1").body();
    assertThat(page.at("/additional_data/pagination/more_items_in_collection").asBoolean())
        .isTrue();
    assertThat(page.at("/additional_data/pagination/next_start").asInt()).isEqualTo(1);
    JsonNode last = wire.get("/v1/leads?limit=1&start=1").body();
    assertThat(last.at("/additional_data/pagination").has("next_start")).isFalse();
    assertThat(wire.post("/v1/notes", "{\"content\":\"hi\",\"person_id\":" + person + "}").status())
        .isEqualTo(200);
  }

  @Test
  void authorizeAddsCodeAndEncodedStateToARedirectUriThatHasAQuery() {
    String redirect = "https://app.example.com/cb?x=1";
    try (FakePipedrive withQuery =
        FakePipedrive.builder().unlimited().oauthClient("id", "secret", redirect).start()) {
      HttpUrl authorize =
          HttpUrl.get(withQuery.authorizeUrl())
              .newBuilder()
              .addQueryParameter("client_id", "id")
              .addQueryParameter("redirect_uri", redirect)
              .addQueryParameter("state", "a&b c=d")
              .build();
      PipedriveWire.Reply reply =
          new PipedriveWire(withQuery).send(new Request.Builder().url(authorize));

      assertThat(reply.status()).isEqualTo(302);
      HttpUrl location = HttpUrl.get(reply.header("Location"));
      assertThat(location.encodedPath()).isEqualTo("/cb");
      assertThat(location.queryParameter("x")).isEqualTo("1");
      assertThat(location.queryParameter("state")).isEqualTo("a&b c=d");
      assertThat(location.queryParameter("code")).startsWith("pd-code-");
      assertThat(location.querySize()).isEqualTo(3);
    }
  }

  @Test
  void theOAuthCallbackMustBeAWebUrlBecauseItAlsoReceivesUninstallRequests() {
    assertThatThrownBy(() -> FakePipedrive.builder().oauthClient("id", "secret", "myapp://cb"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("redirectUri")
        .hasMessageContaining("myapp://cb");
  }

  @Test
  void fakeServersStartsPipedriveWithSampleData() {
    try (FakeServers servers = FakeServers.start("pipedrive:0")) {
      assertThat(servers.banner()).contains("pipedrive", "/api/v2", "x-api-token");
    }
  }

  private static List<String> ids(JsonNode body) {
    List<String> ids = new ArrayList<>();
    body.get("data").forEach(d -> ids.add(d.get("id").asText()));
    return ids;
  }
}
