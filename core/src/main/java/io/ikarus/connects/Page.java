package io.ikarus.connects;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * One page of query results, and the way to the next one. Immutable and thread-safe; {@link
 * #next()} may be called more than once and fetches the same following page each time.
 */
public final class Page {

  private final List<CrmRecord> records;
  private final Supplier<CompletableFuture<Page>> next;

  private Page(List<CrmRecord> records, Supplier<CompletableFuture<Page>> next) {
    this.records = List.copyOf(records);
    this.next = next;
  }

  /**
   * Returns a page followed by the page that {@code next} fetches. For connector authors.
   *
   * @param next fetches the following page; null when this is the last page
   */
  public static Page of(List<CrmRecord> records, Supplier<CompletableFuture<Page>> next) {
    return new Page(records, next);
  }

  /** Returns the last page of a result. */
  public static Page last(List<CrmRecord> records) {
    return new Page(records, null);
  }

  /** The records of this page, in result order. */
  public List<CrmRecord> records() {
    return records;
  }

  /** True when another page follows. */
  public boolean hasNext() {
    return next != null;
  }

  /**
   * Fetches the next page.
   *
   * @throws java.util.NoSuchElementException when this is the last page
   */
  public CompletableFuture<Page> next() {
    if (next == null) {
      throw new java.util.NoSuchElementException("this is the last page");
    }
    return Objects.requireNonNull(next.get(), "next page future");
  }

  @Override
  public String toString() {
    return "Page{records=" + records.size() + ", hasNext=" + hasNext() + '}';
  }
}
