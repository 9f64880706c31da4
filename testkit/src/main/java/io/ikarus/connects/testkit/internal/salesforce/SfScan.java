package io.ikarus.connects.testkit.internal.salesforce;

import io.ikarus.connects.testkit.internal.Extent;
import io.ikarus.connects.testkit.internal.StoredRecord;
import io.ikarus.connects.testkit.internal.salesforce.soql.SoqlPlan;
import io.ikarus.connects.testkit.internal.salesforce.soql.SoqlRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs a {@link SoqlPlan} over an extent page by page. Without ORDER BY the scan is lazy: a page
 * reads rows from a scan position and stops when full, so generated rows are never held in memory
 * beyond one page. With ORDER BY the matching rows are sorted once, up front.
 */
final class SfScan {

  /** Where a page starts: a scan position and how many matching rows lie before it. */
  record State(long position, long emitted) {
    static final State START = new State(0, 0);
  }

  /** One page and the state after it (null when the results are exhausted). */
  record Page(List<StoredRecord> rows, State next) {}

  private final SoqlPlan plan;
  private final Extent extent;
  private final boolean includeDeleted;
  private final List<StoredRecord> sorted;

  SfScan(SoqlPlan plan, Extent extent, boolean includeDeleted) {
    this.plan = plan;
    this.extent = extent;
    this.includeDeleted = includeDeleted;
    this.sorted = plan.order() == null ? null : sortedRows();
  }

  SoqlPlan plan() {
    return plan;
  }

  /** Up to {@code max} rows from {@code from}. */
  Page page(State from, int max) {
    return sorted == null ? lazyPage(from, max) : sortedPage(from, max);
  }

  /** How many rows the query returns in all (OFFSET and LIMIT applied). */
  long count() {
    if (sorted != null) {
      return sorted.size();
    }
    long matching = 0;
    for (long p = 0; p < extent.rowCount(); p++) {
      if (matches(extent.row(p))) {
        matching++;
      }
    }
    return window(matching);
  }

  private Page lazyPage(State from, int max) {
    List<StoredRecord> rows = new ArrayList<>();
    long emitted = from.emitted();
    long end = plan.limit() < 0 ? Long.MAX_VALUE : plan.offset() + plan.limit();
    for (long p = from.position(); p < extent.rowCount() && emitted < end; p++) {
      StoredRecord row = extent.row(p);
      if (!matches(row)) {
        continue;
      }
      if (rows.size() == max) {
        return new Page(rows, new State(p, emitted));
      }
      if (emitted++ >= plan.offset()) {
        rows.add(row);
      }
    }
    return new Page(rows, null);
  }

  private Page sortedPage(State from, int max) {
    int start = (int) from.position();
    int end = (int) Math.min(sorted.size(), start + (long) max);
    State next = end < sorted.size() ? new State(end, end) : null;
    return new Page(List.copyOf(sorted.subList(start, end)), next);
  }

  private List<StoredRecord> sortedRows() {
    List<StoredRecord> rows = new ArrayList<>();
    for (long p = 0; p < extent.rowCount(); p++) {
      StoredRecord row = extent.row(p);
      if (matches(row)) {
        rows.add(row);
      }
    }
    Comparator<SoqlRow> order = plan.order();
    rows.sort((a, b) -> order.compare(rowOf(a), rowOf(b)));
    int from = (int) Math.min(rows.size(), plan.offset());
    int to = (int) Math.min(rows.size(), from + (plan.limit() < 0 ? rows.size() : plan.limit()));
    return new ArrayList<>(rows.subList(from, to));
  }

  private long window(long matching) {
    long afterOffset = Math.max(0, matching - plan.offset());
    return plan.limit() < 0 ? afterOffset : Math.min(afterOffset, plan.limit());
  }

  private boolean matches(StoredRecord row) {
    return (includeDeleted || !row.isDeleted()) && plan.filter().test(rowOf(row));
  }

  static SoqlRow rowOf(StoredRecord record) {
    return field -> SfObject.value(record, field);
  }
}
