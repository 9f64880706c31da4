package io.ikarus.connects.testkit.internal.salesforce;

import io.ikarus.connects.testkit.internal.Extent;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Runs a {@link SoqlPlan} over an extent page by page. Without ORDER BY the scan is lazy: a page
 * reads rows from a scan position and stops when full, so generated rows are never held in memory
 * beyond one page. With ORDER BY the matching rows are sorted once, up front, and paged the same
 * way.
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
    this.sorted = plan.order() == null ? null : matching().sorted(plan.order()).toList();
  }

  SoqlPlan plan() {
    return plan;
  }

  /** Up to {@code max} rows from {@code from}. */
  Page page(State from, int max) {
    List<StoredRecord> rows = new ArrayList<>();
    long emitted = from.emitted();
    long end = plan.limit() < 0 ? Long.MAX_VALUE : plan.offset() + plan.limit();
    long size = sorted == null ? extent.rowCount() : sorted.size();
    for (long p = from.position(); p < size && emitted < end; p++) {
      StoredRecord row = sorted == null ? extent.row(p) : sorted.get((int) p);
      if (sorted == null && !matches(row)) {
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

  /** How many rows the query returns in all (OFFSET and LIMIT applied). */
  long count() {
    long matching = sorted == null ? matching().count() : sorted.size();
    long afterOffset = Math.max(0, matching - plan.offset());
    return plan.limit() < 0 ? afterOffset : Math.min(afterOffset, plan.limit());
  }

  /** The matching rows in scan order, read one by one. */
  private Stream<StoredRecord> matching() {
    return LongStream.range(0, extent.rowCount()).mapToObj(extent::row).filter(this::matches);
  }

  private boolean matches(StoredRecord row) {
    return (includeDeleted || !row.isDeleted()) && plan.filter().test(row);
  }
}
