package io.ikarus.connects.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.monday.MondayApi;
import io.ikarus.connects.testkit.internal.monday.MondayStore;
import io.ikarus.connects.testkit.internal.quota.CostBudget;
import java.util.List;

/**
 * An in-process monday.com platform API: one GraphQL endpoint ({@code POST /v2}) that parses and
 * validates every document against a schema of the subset it serves (boards, columns, groups, items
 * with {@code column_values}, {@code items_page}/{@code next_items_page} with cursors and {@code
 * query_params}, {@code items}, {@code create_item}, {@code change_multiple_column_values}, {@code
 * change_column_value}, {@code archive_item}, {@code delete_item}, activity logs and {@code
 * complexity}), executes it with graphql-java, and answers like monday: application errors with
 * HTTP 200 and an {@code errors} array, transport errors with real status codes.
 *
 * <p>Limits: a per-query complexity limit (default 5,000,000) and a per-window complexity budget
 * (default 10,000,000 per 60 s, the personal-token budget), priced by the documented model of
 * {@link io.ikarus.connects.testkit.internal.monday.ComplexityCosts}; cursors expire 60 minutes
 * after the first page, as on monday, read from the configured clock.
 *
 * <pre>{@code
 * try (FakeMonday monday = FakeMonday.start()) {
 *   String board = monday.sampleBoardId();
 *   // point a connector at monday.url() with monday.apiToken()
 * }
 * }</pre>
 *
 * <p>Built on the test kit foundation: {@link #journal()}, {@link #faults()} and {@link
 * MutableClock} work as for every fake. Thread-safe; requests are executed one at a time.
 */
public final class FakeMonday extends AbstractFake {

  private final MondayStore store;
  private final MondayApi api;
  private final String apiToken;
  private final String sampleBoardId;

  FakeMonday(FakeMondayBuilder builder) {
    super(builder.clock);
    this.store = new MondayStore(builder.clock);
    this.apiToken = builder.apiToken;
    CostBudget budget = CostBudget.window(builder.clock, builder.window, builder.budget);
    this.api = new MondayApi(store, apiToken, budget, builder.maxQueryComplexity);
    this.sampleBoardId = addBoard("Leads", FakeMondayColumn.sample());
    if (builder.sampleData) {
      seed();
    }
    serve(api, builder.port);
  }

  /** Starts a fake with the defaults on a free loopback port. */
  public static FakeMonday start() {
    return builder().start();
  }

  /** Returns a builder for a fake with non-default limits, token, clock or port. */
  public static FakeMondayBuilder builder() {
    return new FakeMondayBuilder();
  }

  /** The API token the fake accepts in the {@code Authorization} header. */
  public String apiToken() {
    return apiToken;
  }

  /** The id of the board seeded at start, with one column of every modelled type. */
  public String sampleBoardId() {
    return sampleBoardId;
  }

  private void seed() {
    for (int i = 1; i <= 5; i++) {
      ObjectNode values = Json.object().put("text_company", "Sample Co " + i);
      store.createItem(sampleBoardId, null, "Sample lead " + i, values, false);
    }
  }

  @Override
  String describe() {
    return """
        monday      %s/v2
          API token      %s
          board id       %s
          API-Version    2025-10 (any YYYY-01/04/07/10 from 2024)
        """
        .formatted(url(), apiToken(), sampleBoardId());
  }

  /** Adds a board and returns its id. */
  public String addBoard(String name, List<FakeMondayColumn> columns) {
    return store.addBoard(name, columns).id();
  }

  /** The number of active (neither archived nor deleted) items on a board. */
  public int activeItemCount(String boardId) {
    return store.activeItems(boardId).size();
  }

  /** Every GraphQL request executed, with its root fields, complexity and error codes. */
  public List<MondayCall> graphQlCalls() {
    return api.calls();
  }
}
