package io.ikarus.connects.examples;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Page;
import io.ikarus.connects.salesforce.SalesforceConnector;
import io.ikarus.connects.testkit.FakeSalesforce;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Exports a large Salesforce object to a CSV file through Bulk API 2.0 with bounded memory: {@link
 * SalesforceConnector#bulkQuery(String, int)} runs one query job and hands back its results a set
 * at a time; each set is written out and dropped before the next is read, so the heap holds one set
 * (here 10,000 rows) however many millions the object has.
 *
 * <p>Offline it seeds FakeSalesforce with 50,000 generated Accounts (pass another count as the
 * first argument), some with commas and quotes in their names to show the RFC 4180 quoting. It
 * prints the rows written, the result sets read, the time taken and the JVM's peak heap growth
 * (which includes the fake serving the rows in this same JVM).
 */
public final class BulkExport {

  static final List<String> COLUMNS = List.of("Id", "Name", "Industry", "AnnualRevenue");
  private static final String SOQL = "SELECT " + String.join(", ", COLUMNS) + " FROM Account";
  private static final List<String> INDUSTRIES = List.of("Agriculture", "Banking", "Technology");

  private BulkExport() {}

  /** Rows written, result sets read, and the most rows held in memory at once. */
  record Result(long rows, int pages, int largestPage) {}

  /** Runs the export of generated Accounts; the optional argument is how many. */
  public static void main(String[] args) throws IOException {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
    Path csv = Files.createTempFile("accounts-", ".csv");
    try (FakeSalesforce fake = FakeSalesforce.start()) {
      fake.generateRows("Account", rows, BulkExport::account);
      run(fake, csv, 10_000, System.out);
    }
  }

  /** Exports every Account of {@code fake} to {@code csv}, {@code pageSize} rows per set. */
  static Result run(FakeSalesforce fake, Path csv, int pageSize, PrintStream out)
      throws IOException {
    try (SalesforceConnector crm =
        FakeLogin.salesforce(fake).bulkPollInterval(Duration.ofMillis(100)).build()) {
      HeapPeak heap = HeapPeak.start();
      long started = System.nanoTime();
      Result result = export(crm, csv, pageSize);
      long millis = (System.nanoTime() - started) / 1_000_000;
      out.printf(
          "wrote %,d rows in %d result sets to %s in %,d ms%n",
          result.rows(), result.pages(), csv, millis);
      out.printf(
          "held at most %,d rows at once; peak heap grew by %,d MB (garbage not yet collected"
              + " included)%n",
          result.largestPage(), heap.growthBytes() >> 20);
      return result;
    }
  }

  private static Result export(SalesforceConnector crm, Path csv, int pageSize) throws IOException {
    long rows = 0;
    int pages = 0;
    int largest = 0;
    try (Writer writer = Files.newBufferedWriter(csv)) {
      writer.write(Csv.line(COLUMNS));
      for (Page page = crm.bulkQuery(SOQL, pageSize).join(); page != null; page = next(page)) {
        pages++;
        largest = Math.max(largest, page.records().size());
        for (CrmRecord row : page.records()) {
          writer.write(Csv.line(COLUMNS.stream().map(c -> cell(row, c)).toList()));
          rows++;
        }
      }
    }
    return new Result(rows, pages, largest);
  }

  private static Page next(Page page) {
    return page.hasNext() ? page.next().join() : null;
  }

  private static Object cell(CrmRecord row, String column) {
    return column.equals("Id") ? row.id() : row.field(column);
  }

  /** Generated Account {@code i}; every seventh name needs quoting in CSV. */
  static Map<String, Object> account(long i) {
    String name = i % 7 == 0 ? "Smith, Jones & \"Partners\" " + i : "Account " + i;
    return Map.of(
        "Name",
        name,
        "Industry",
        INDUSTRIES.get((int) (i % INDUSTRIES.size())),
        "AnnualRevenue",
        1_000 * i);
  }

  /** The growth of the heap's peak use since {@link #start()}, summed over the heap pools. */
  private record HeapPeak(long usedAtStart) {

    static HeapPeak start() {
      long used = 0;
      for (MemoryPoolMXBean pool : heapPools()) {
        pool.resetPeakUsage();
        used += pool.getUsage().getUsed();
      }
      return new HeapPeak(used);
    }

    long growthBytes() {
      long peak = heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      return Math.max(0, peak - usedAtStart);
    }

    private static List<MemoryPoolMXBean> heapPools() {
      return ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP && p.isValid())
          .toList();
    }
  }
}
