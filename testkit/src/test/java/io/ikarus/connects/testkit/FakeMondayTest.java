package io.ikarus.connects.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeMondayTest {

  private final FakeMonday fake = FakeMonday.start();
  private final MondayWire wire = new MondayWire(fake);
  private final String board = fake.sampleBoardId();

  @AfterEach
  void stop() {
    fake.close();
  }

  private static final String CREATE =
      "mutation ($b: ID!, $n: String!, $v: JSON) { create_item(board_id: $b, item_name: $n,"
          + " column_values: $v) { id name } complexity { before after query reset_in_x_seconds } }";

  @Test
  void sampleDataPutsFiveItemsOnTheSampleBoard() {
    try (FakeMonday seeded = FakeMonday.builder().sampleData(true).start();
        FakeMonday empty = FakeMonday.start()) {
      assertThat(seeded.activeItemCount(seeded.sampleBoardId())).isEqualTo(5);
      assertThat(empty.activeItemCount(empty.sampleBoardId())).isZero();
    }
  }

  @Test
  void createsAndReadsBackEveryColumnType() {
    String values =
        MondayWire.json(
            Map.of(
                "text_company", "Acme",
                "email", Map.of("email", "ada@example.com", "text", "Ada"),
                "phone", Map.of("phone", "+15551234567", "countryShortName", "US"),
                "status", Map.of("label", "Done"),
                "date4", Map.of("date", "2024-05-25", "time", "13:00:00"),
                "numbers", "42.5",
                "long_text", Map.of("text", "line1\nline2")));
    MondayWire.Reply created = wire.post(CREATE, Map.of("b", board, "n", "Ada", "v", values));
    assertThat(created.status()).isEqualTo(200);
    assertThat(created.body().has("errors")).as(created.body().toString()).isFalse();
    String id = created.body().at("/data/create_item/id").asText();
    assertThat(created.body().at("/data/complexity/query").asInt()).isEqualTo(10_002);

    JsonNode item =
        wire.post(
                "query ($i: [ID!]) { items(ids: $i) { id name updated_at"
                    + " column_values { id type text value } } }",
                Map.of("i", java.util.List.of(id)))
            .body()
            .at("/data/items/0");
    assertThat(item.get("name").asText()).isEqualTo("Ada");
    assertThat(item.get("updated_at").asText())
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    assertThat(item.at("/column_values/3/text").asText()).isEqualTo("Done");
    assertThat(item.at("/column_values/3/value").asText()).contains("\"index\":1");
    assertThat(item.at("/column_values/5/value").asText()).isEqualTo("\"42.5\"");
  }

  @Test
  void unknownStatusLabelIsAColumnValueExceptionWithHttp200() {
    MondayWire.Reply reply =
        wire.post(CREATE, Map.of("b", board, "n", "x", "v", "{\"status\":{\"label\":\"Nope\"}}"));
    assertThat(reply.status()).isEqualTo(200);
    JsonNode error = reply.body().at("/errors/0");
    assertThat(error.at("/extensions/code").asText()).isEqualTo("ColumnValueException");
    assertThat(error.at("/extensions/error_data/column_id").asText()).isEqualTo("status");
    assertThat(error.at("/path/0").asText()).isEqualTo("create_item");
    assertThat(fake.activeItemCount(board)).isZero();
  }

  @Test
  void aBlankNameColumnValueIsAnInvalidArgumentNotAnInternalError() {
    MondayWire.Reply reply =
        wire.post(CREATE, Map.of("b", board, "n", "x", "v", "{\"name\":\"\"}"));
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body().at("/errors/0/extensions/code").asText())
        .isEqualTo("InvalidArgumentException");
    assertThat(fake.activeItemCount(board)).isZero();
  }

  @Test
  void validationErrorsCarryLocations() {
    MondayWire.Reply reply = wire.post("query { boards { id nosuchfield } }", Map.of());
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body().at("/errors/0/locations/0/line").asInt()).isEqualTo(1);
    assertThat(reply.body().at("/errors/0/extensions/code").asText())
        .isEqualTo("GRAPHQL_VALIDATION_FAILED");
  }

  @Test
  void columnValuesMustBeAJsonString() {
    MondayWire.Reply reply =
        wire.post(CREATE, Map.of("b", board, "n", "x", "v", Map.of("text_company", "Acme")));
    assertThat(reply.body().at("/errors/0/extensions/code").asText())
        .isEqualTo("JsonParseException");
  }

  @Test
  void aliasedMutationsFailIndependently() {
    String doc =
        "mutation { a: create_item(board_id: "
            + board
            + ", item_name: \"ok\") { id }"
            + " b: create_item(board_id: "
            + board
            + ", item_name: \"bad\","
            + " column_values: \"{\\\"email\\\":\\\"nope\\\"}\") { id } }";
    MondayWire.Reply reply = wire.post(doc, Map.of());
    assertThat(reply.body().at("/data/a/id").asText()).isNotEmpty();
    assertThat(reply.body().at("/data/b").isNull()).isTrue();
    assertThat(reply.body().at("/errors/0/path/0").asText()).isEqualTo("b");
    assertThat(fake.graphQlCalls().get(0).count("create_item")).isEqualTo(2);
  }

  @Test
  void groupsReturnsOnlyTheGroupsNamedByIds() {
    String doc = "query ($b: [ID!], $g: [String]) { boards(ids: $b) { groups(ids: $g) { id } } }";
    JsonNode named =
        wire.post(doc, Map.of("b", java.util.List.of(board), "g", java.util.List.of("topics")))
            .body();
    JsonNode other =
        wire.post(doc, Map.of("b", java.util.List.of(board), "g", java.util.List.of("nope")))
            .body();

    assertThat(named.at("/data/boards/0/groups/0/id").asText()).isEqualTo("topics");
    assertThat(other.at("/data/boards/0/groups").size()).as(other.toString()).isZero();
  }

  @Test
  void transportErrorsUseRealStatusCodes() {
    assertThat(wire.send("{ complexity { query } }", Map.of(), "wrong", "2025-10").status())
        .isEqualTo(401);
    assertThat(wire.send("{ complexity { query } }", Map.of(), fake.apiToken(), null).status())
        .isEqualTo(400);
  }

  @Test
  void runsStandaloneThroughFakeServers() {
    try (FakeServers servers = FakeServers.start("monday:0")) {
      assertThat(servers.banner()).contains("monday", "/v2", "fake-monday-token", "board id");
    }
  }

  @Test
  void emailAnyOfComparesBlanksOnlyAsMondayDocumentsIt() {
    String doc =
        "query ($b: [ID!], $qp: ItemsQuery) { boards(ids: $b) { items_page(query_params: $qp)"
            + " { items { id } } } }";
    Map<String, Object> rule =
        Map.of(
            "column_id",
            "email",
            "operator",
            "any_of",
            "compare_value",
            java.util.List.of("a@b.c"));
    MondayWire.Reply reply =
        wire.post(
            doc,
            Map.of("b", java.util.List.of(board), "qp", Map.of("rules", java.util.List.of(rule))));

    assertThat(reply.body().at("/errors/0/extensions/code").asText())
        .isEqualTo("InvalidArgumentException");
  }
}
