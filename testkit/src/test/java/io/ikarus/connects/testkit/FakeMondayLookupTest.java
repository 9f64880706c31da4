package io.ikarus.connects.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code items_page_by_column_values} and {@code me}, as monday documents them. */
class FakeMondayLookupTest {

  private static final String CREATE =
      "mutation ($b: ID!, $n: String!, $v: JSON) { create_item(board_id: $b, item_name: $n,"
          + " column_values: $v) { id } }";
  private static final String LOOKUP =
      "query ($b: ID!, $c: [ItemsPageByColumnValuesQuery!], $l: Int, $k: String) {"
          + " items_page_by_column_values(board_id: $b, columns: $c, limit: $l, cursor: $k)"
          + " { cursor items { id name } } }";

  private final FakeMonday fake = FakeMonday.start();
  private final MondayWire wire = new MondayWire(fake);
  private final String board = fake.sampleBoardId();

  @AfterEach
  void stop() {
    fake.close();
  }

  private String create(String name, String email) {
    String values = MondayWire.json(Map.of("email", Map.of("email", email, "text", name)));
    return wire.post(CREATE, Map.of("b", board, "n", name, "v", values))
        .body()
        .at("/data/create_item/id")
        .asText();
  }

  @Test
  void findsItemsWhoseColumnHoldsAnyOfTheValuesInOneRequest() {
    String ada = create("Ada", "ada@example.com");
    create("Bob", "bob@example.com");
    String cy = create("Cy", "cy@example.com");
    List<Map<String, Object>> columns =
        List.of(
            Map.of(
                "column_id",
                "email",
                "column_values",
                List.of("ada@example.com", "cy@example.com")));

    MondayWire.Reply first = wire.post(LOOKUP, Map.of("b", board, "c", columns, "l", 1));
    String cursor = first.body().at("/data/items_page_by_column_values/cursor").asText();
    MondayWire.Reply second =
        wire.post(LOOKUP, Map.of("b", board, "c", List.of(), "l", 1, "k", cursor));

    assertThat(first.body().has("errors")).as(first.body().toString()).isFalse();
    assertThat(first.body().at("/data/items_page_by_column_values/items/0/id").asText())
        .isEqualTo(ada);
    assertThat(second.body().at("/data/items_page_by_column_values/items/0/id").asText())
        .isEqualTo(cy);
  }

  @Test
  void matchesTheItemNameAndAndsSeveralColumns() {
    create("Ada", "ada@example.com");
    String other = create("Ada", "other@example.com");
    List<Map<String, Object>> columns =
        List.of(
            Map.of("column_id", "name", "column_values", List.of("Ada")),
            Map.of("column_id", "email", "column_values", List.of("other@example.com")));

    MondayWire.Reply r = wire.post(LOOKUP, Map.of("b", board, "c", columns, "l", 25));

    assertThat(r.body().at("/data/items_page_by_column_values/items").size()).isEqualTo(1);
    assertThat(r.body().at("/data/items_page_by_column_values/items/0/id").asText())
        .isEqualTo(other);
  }

  @Test
  void meNamesTheTokensUser() {
    MondayWire.Reply r = wire.post("query { me { id name email } }", Map.of());

    assertThat(r.body().has("errors")).as(r.body().toString()).isFalse();
    assertThat(r.body().at("/data/me/id").asText()).isNotEmpty();
    assertThat(r.body().at("/data/me/email").asText()).contains("@");
  }
}
