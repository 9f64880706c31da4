package io.ikarus.connects.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
  void boardsAndItemsAnswerPagesOfTheirLimitDefault25() {
    for (int i = 0; i < 26; i++) {
      fake.addBoard("Board " + i, List.of());
    }
    assertThat(wire.post("query { boards { id } }", Map.of()).body().at("/data/boards").size())
        .isEqualTo(25);
    JsonNode third = wire.post("query { boards(limit: 10, page: 3) { id } }", Map.of()).body();
    assertThat(third.at("/data/boards").size()).isEqualTo(7);

    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 26; i++) {
      Map<String, Object> vars = Map.of("b", board, "n", "Item " + i, "v", "{}");
      ids.add(wire.post(CREATE, vars).body().at("/data/create_item/id").asText());
    }
    String items = "query ($ids: [ID!]) { items(ids: $ids) { id } }";
    assertThat(wire.post(items, Map.of("ids", ids)).body().at("/data/items").size()).isEqualTo(25);
    String two = "query ($ids: [ID!]) { items(ids: $ids, limit: 2) { id } }";
    JsonNode first = wire.post(two, Map.of("ids", ids)).body().at("/data/items");
    assertThat(first.size()).isEqualTo(2);
    assertThat(first.get(0).get("id").asText()).isEqualTo(ids.get(0));
  }

  @Test
  void activityLogsPageByLimitAndTakeTheDefaultsForNullArguments() {
    for (int i = 0; i < 3; i++) {
      wire.post(CREATE, Map.of("b", board, "n", "Item " + i, "v", "{}"));
    }
    String logs =
        "query ($b: [ID!], $l: Int, $p: Int) { boards(ids: $b) {"
            + " activity_logs(limit: $l, page: $p) { id event } } }";
    Map<String, Object> nulls = new HashMap<>(Map.of("b", List.of(board)));
    nulls.put("l", null);
    nulls.put("p", null);

    JsonNode all = wire.post(logs, nulls).body();
    JsonNode second = wire.post(logs, Map.of("b", List.of(board), "l", 2, "p", 2)).body();

    assertThat(all.has("errors")).as(all.toString()).isFalse();
    assertThat(all.at("/data/boards/0/activity_logs").size()).isEqualTo(3);
    assertThat(second.at("/data/boards/0/activity_logs").size()).isEqualTo(1);
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
