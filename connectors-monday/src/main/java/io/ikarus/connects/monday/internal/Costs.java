package io.ikarus.connects.monday.internal;

/**
 * Up-front complexity estimates, drawn from the limiter before a request is sent. monday's own
 * figures: {@code create_item} about 10,000 points; reads scale with the page size and the fields
 * read. The {@code complexity} field of each response corrects the limiter with the real budget.
 */
public final class Costs {

  /** One item mutation. */
  public static final long MUTATION = 10_000;

  /** One item as read (name, dates and column values). */
  public static final long ITEM_READ = 60;

  /** A board's structure. */
  public static final long BOARD = 1_000;

  private Costs() {}

  /** A batch of {@code n} mutations returning items. */
  public static long mutations(int n) {
    return n * (MUTATION + ITEM_READ);
  }

  /** A batch of {@code n} mutations returning only ids. */
  public static long writes(int n) {
    return n * (MUTATION + 1);
  }

  /** A page of {@code limit} items. */
  public static long page(int limit) {
    return 10 + limit * ITEM_READ;
  }
}
