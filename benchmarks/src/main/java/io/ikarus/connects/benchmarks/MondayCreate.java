package io.ikarus.connects.benchmarks;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.monday.MondayConnector;
import io.ikarus.connects.testkit.FakeMonday;
import io.ikarus.connects.testkit.MondayCall;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Creates N items on FakeMonday at its real budget (10,000,000 complexity points per 60 s, a
 * create_item priced 10,000 points plus its selection) through {@code createAll}.
 */
final class MondayCreate {

  /** The connector's default items per request (aliased create_item mutations). */
  static final int BATCH = 50;

  /** monday's budget per window for a personal token. */
  static final long BUDGET = 10_000_000L;

  /** The budget's window. */
  static final Duration WINDOW = Duration.ofSeconds(60);

  /** What the fake charges one create_item selecting its id. */
  static final long ITEM_COST = 10_001L;

  private MondayCreate() {}

  static ResultRow run(HarnessOptions o, long n) {
    try (FakeMonday fake = FakeMonday.start();
        MondayConnector crm =
            MondayConnector.builder()
                .apiToken(fake.apiToken())
                .defaultObject(fake.sampleBoardId())
                .options(ClientOptions.builder().baseUrl(URI.create(fake.url())).build())
                .build()) {
      fake.faults().latency(o.latency());
      List<Map<String, Object>> items = new ArrayList<>();
      for (long i = 0; i < n; i++) {
        items.add(Map.of("name", "Item " + i, "text_company", "Co " + i));
      }
      Measurement sdk = Runs.sdk(fake.journal(), () -> crm.createAll("leads", items).join());
      long exhausted =
          fake.graphQlCalls().stream()
              .map(MondayCall::errorCodes)
              .filter(c -> c.contains("COMPLEXITY_BUDGET_EXHAUSTED"))
              .count();
      long writes = Floors.calls(n, BATCH, 0);
      long perWindow = BUDGET / (BATCH * ITEM_COST);
      Duration timeFloor = Floors.time(writes, perWindow, WINDOW, 1, o.latency());
      String note =
          "1 board read + ceil(N/50) requests of 50 aliased create_item (monday advises writing a"
              + " board sequentially); time: the 10M-point budget per 60 s admits "
              + perWindow
              + " such requests per window, the rest wait for the reset; "
              + exhausted
              + " COMPLEXITY_BUDGET_EXHAUSTED answers";
      return new ResultRow("monday createAll items", n, writes + 1, timeFloor, sdk, null, note);
    }
  }
}
