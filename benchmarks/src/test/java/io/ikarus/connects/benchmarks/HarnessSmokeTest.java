package io.ikarus.connects.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the harness with tens of records and a few milliseconds of latency: every scenario must
 * produce a well-formed row. The real figures come from the documented command, never from tests.
 */
class HarnessSmokeTest {

  @Test
  void tinyRunProducesOneWellFormedRowPerScenario() {
    HarnessOptions options =
        HarnessOptions.parse(
            "--sizes",
            "30",
            "--latency-ms",
            "2",
            "--baseline",
            "20",
            "--stream-rows",
            "50",
            "--only",
            "hubspot,salesforce,sync,stream,pipedrive");
    List<ResultRow> rows = Harness.run(options, new PrintStream(new ByteArrayOutputStream()));

    assertThat(rows)
        .extracting(ResultRow::scenario)
        .containsExactly(
            "HubSpot upsertAll contacts",
            "Salesforce upsertAll contacts",
            "SyncJob first push Salesforce -> HubSpot",
            "Salesforce bulk query stream, -Xmx256m",
            "Pipedrive createAll persons",
            "Pipedrive stream persons");
    for (ResultRow row : rows) {
      assertThat(row.sdk().records()).as(row.scenario()).isEqualTo(row.records());
      assertThat(row.sdk().apiCalls()).as(row.scenario()).isPositive();
      assertThat(row.sdk().wall()).as(row.scenario()).isPositive();
      assertThat(row.timeFloor()).as(row.scenario()).isPositive();
    }
    ResultRow hubSpot = rows.get(0);
    assertThat(hubSpot.sdk().apiCalls()).isEqualTo(hubSpot.callFloor()).isEqualTo(1);
    assertThat(hubSpot.sdk().throttled()).isZero();
    assertThat(hubSpot.baseline().records()).isEqualTo(30);
    assertThat(hubSpot.baseline().note()).startsWith("extrapolated");
    assertThat(hubSpot.baseline().apiCalls()).isGreaterThanOrEqualTo(30);
    ResultRow salesforce = rows.get(1);
    assertThat(salesforce.sdk().apiCalls()).isEqualTo(salesforce.callFloor()).isEqualTo(2);
    ResultRow sync = rows.get(2);
    assertThat(sync.baseline().records()).isEqualTo(30);
    assertThat(sync.sdk().throttled()).isZero();
    ResultRow stream = rows.get(3);
    assertThat(stream.records()).isEqualTo(50);
    assertThat(stream.baseline().records()).isEqualTo(50);
  }

  @Test
  void vendorRowsReadAndWriteAtTheirCallFloors() {
    HarnessOptions options =
        HarnessOptions.parse(
            "--latency-ms",
            "2",
            "--vendor-divisor",
            "200",
            "--only",
            "hubspot-read,salesforce-read,monday,dynamics");
    List<ResultRow> rows = Harness.run(options, new PrintStream(new ByteArrayOutputStream()));

    assertThat(rows)
        .extracting(ResultRow::scenario)
        .containsExactly(
            "HubSpot read contacts",
            "Salesforce read contacts",
            "monday createAll items",
            "monday createAll items",
            "Dataverse createAll accounts (CreateMultiple)",
            "Dataverse createAll accounts ($batch)");
    assertThat(rows).extracting(ResultRow::records).containsExactly(50L, 50L, 5L, 25L, 10L, 10L);
    for (ResultRow row : rows) {
      assertThat(row.sdk().records()).as(row.scenario()).isEqualTo(row.records());
      assertThat(row.sdk().throttled()).as(row.scenario()).isZero();
      assertThat(row.baseline()).as(row.scenario()).isNull();
    }
    assertThat(rows.get(0).sdk().apiCalls()).isEqualTo(rows.get(0).callFloor()).isEqualTo(1);
    assertThat(rows.get(1).sdk().apiCalls()).isEqualTo(rows.get(1).callFloor()).isEqualTo(2);
    assertThat(rows.get(2).sdk().apiCalls()).isEqualTo(rows.get(2).callFloor()).isEqualTo(2);
    assertThat(rows.get(4).sdk().apiCalls()).isEqualTo(rows.get(4).callFloor()).isEqualTo(3);
    assertThat(rows.get(5).sdk().apiCalls()).isEqualTo(rows.get(5).callFloor()).isEqualTo(3);
  }

  @Test
  void sustainedRowsMakeOneCallPerRecordWithoutA429() {
    HarnessOptions options =
        HarnessOptions.parse("--latency-ms", "2", "--vendor-divisor", "100", "--only", "sustained");
    List<ResultRow> rows = Harness.run(options, new PrintStream(new ByteArrayOutputStream()));

    assertThat(rows)
        .extracting(ResultRow::scenario)
        .containsExactly("HubSpot create, 20 threads", "Dataverse create, 52 threads, window /10");
    for (ResultRow row : rows) {
      assertThat(row.sdk().records()).as(row.scenario()).isEqualTo(row.records());
      assertThat(row.sdk().apiCalls()).as(row.scenario()).isEqualTo(row.records());
      assertThat(row.sdk().throttled()).as(row.scenario()).isZero();
    }
  }

  @Test
  void reportHasTheHeaderAndThirteenColumnsPerLine() {
    HarnessOptions options = HarnessOptions.parse("--sizes", "10", "--only", "hubspot");
    ResultRow row =
        new ResultRow(
            "HubSpot upsertAll contacts",
            10,
            1,
            java.time.Duration.ofMillis(40),
            new Measurement(10, 1, 0, java.time.Duration.ofMillis(50), 1 << 20, ""),
            new Measurement(10, 10, 2, java.time.Duration.ofMillis(900), 1 << 20, ""),
            "batch 100");

    String markdown = Harness.report(options, List.of(row));

    assertThat(markdown).contains(Report.HEADER);
    List<String> lines = markdown.lines().filter(l -> l.startsWith("| HubSpot")).toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0))
        .isEqualTo(
            "| HubSpot upsertAll contacts | 10 | SDK | 10 | 1 | 1 | 0 | 50 ms | 40 ms | 1.25 | 200 |"
                + " 1 MB |  |");
    assertThat(lines.get(1)).endsWith("| 10x calls, 18.0x wall |");
    assertThat(markdown).contains("- HubSpot upsertAll contacts, N=10: floors: batch 100.");
  }
}
