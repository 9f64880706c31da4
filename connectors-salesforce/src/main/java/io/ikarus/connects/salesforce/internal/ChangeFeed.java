package io.ikarus.connects.salesforce.internal;

import io.ikarus.connects.Changes;
import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.NotFoundException;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.salesforce.internal.dto.QueryResult;
import io.ikarus.connects.spi.ChangeFeedOperations;
import io.ikarus.connects.spi.ChangeWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Changes since a checkpoint, from one ordered scan: {@code queryAll} of {@code SELECT ...,
 * IsDeleted FROM Obj WHERE SystemModstamp >= <newest stamp - lookback> ORDER BY SystemModstamp,
 * Id}. {@code queryAll} also returns deleted rows (their stamp moves on delete), so updates and
 * deletions come in one sequence with one cursor, and no client clock is involved. Each call
 * returns one page; the checkpoint holds the scan's {@code nextRecordsUrl} and {@link
 * Changes#hasMore()} says to call again at once.
 *
 * <p>Stamps have whole-second precision, and a long transaction commits rows stamped when it
 * started, older than rows already read; so every scan re-reads a lookback window and a {@link
 * ChangeWindow} hands a row out again only when its content changed (an edit in the same second as
 * the previous read is not lost, and nothing unchanged is handed out twice). A row committed later
 * than the lookback after its stamp is missed: make the lookback longer than the org's longest
 * transaction.
 *
 * <p>Limit of the vendor: deleted rows are visible only while in the Recycle Bin (about 15 days,
 * less after a hard delete or an emptied bin).
 */
public final class ChangeFeed implements ChangeFeedOperations {

  /** The default lookback: longer than a long-running transaction usually lasts. */
  public static final Duration DEFAULT_LOOKBACK = Duration.ofMinutes(5);

  private final RestQuery query;
  private final Describes describes;
  private final int batchSize;
  private final Duration lookback;

  /**
   * Scans with {@code query} for every field {@code describes} names, asking for pages of {@code
   * batchSize}, re-reading {@code lookback}.
   */
  public ChangeFeed(RestQuery query, Describes describes, int batchSize, Duration lookback) {
    this.query = query;
    this.describes = describes;
    this.batchSize = batchSize;
    this.lookback = lookback;
  }

  /**
   * Returns the next page of changes with every field of {@code object}; pages holding only rows
   * already handed out are passed over.
   */
  @Override
  public CompletableFuture<Changes> changesSince(String object, Checkpoint checkpoint) {
    return describes.fieldNames(object).thenCompose(fields -> since(object, checkpoint, fields));
  }

  /**
   * {@link #changesSince} reading {@code fields}, to which Id, SystemModstamp, IsDeleted are added.
   */
  private CompletableFuture<Changes> since(
      String object, Checkpoint checkpoint, List<String> fields) {
    return page(object, checkpoint, fields)
        .thenCompose(
            c ->
                c.isEmpty() && c.hasMore()
                    ? since(object, c.checkpoint(), fields)
                    : CompletableFuture.completedFuture(c));
  }

  private CompletableFuture<Changes> page(
      String object, Checkpoint checkpoint, List<String> fields) {
    ChangeCursor cursor = ChangeCursor.of(checkpoint, lookback);
    if (cursor.next() == null) {
      return scan(object, cursor, fields);
    }
    return query
        .next(cursor.next(), batchSize, "changesSince")
        .thenApply(page -> changes(object, cursor, page))
        .exceptionallyCompose(
            e -> expired(e) ? scan(object, cursor, fields) : CompletableFuture.failedFuture(e));
  }

  private CompletableFuture<Changes> scan(String object, ChangeCursor cursor, List<String> fields) {
    Set<String> select = new LinkedHashSet<>(fields);
    select.add(SalesforceNames.MODSTAMP);
    select.add("IsDeleted");
    select.remove("Id");
    StringBuilder soql =
        new StringBuilder("SELECT Id, ")
            .append(String.join(", ", select))
            .append(" FROM ")
            .append(Identifiers.object(object, "changesSince"));
    Instant from = cursor.window().from();
    if (from != null) {
      soql.append(" WHERE ")
          .append(SalesforceNames.MODSTAMP)
          .append(" >= ")
          .append(SalesforceTime.format(from));
    }
    soql.append(" ORDER BY ").append(SalesforceNames.MODSTAMP).append(" ASC, Id ASC");
    return query
        .first(soql.toString(), true, batchSize, "changesSince")
        .thenApply(page -> changes(object, cursor, page));
  }

  /**
   * Turns one page of the scan into changes: rows the window has already handed out with the same
   * content are skipped, so no id order is assumed, nothing is handed out twice and nothing is
   * lost. The window forgets rows older than the lookback after every page: the scan is ordered by
   * stamp, so no later page of it returns them, and the next scan starts at the lookback; the
   * checkpoint therefore stays the size of the lookback, not of the rows read so far.
   */
  private static Changes changes(String object, ChangeCursor cursor, QueryResult page) {
    List<CrmRecord> upserts = new ArrayList<>();
    List<String> deleted = new ArrayList<>();
    ChangeWindow window = cursor.window();
    for (CrmRecord r : RecordMapper.toRecords(object, page.records())) {
      Instant at = r.modifiedAt();
      boolean gone = Boolean.TRUE.equals(r.field("IsDeleted"));
      if (at == null || !window.offer(r.id(), at, gone ? "deleted" : fingerprint(r))) {
        continue;
      }
      if (gone) {
        deleted.add(r.id());
      } else {
        upserts.add(r);
      }
    }
    boolean more = !page.done() && page.nextRecordsUrl() != null;
    window.prune();
    ChangeCursor after = new ChangeCursor(window, more ? page.nextRecordsUrl() : null);
    return new Changes(upserts, deleted, after.checkpoint(), more);
  }

  private static String fingerprint(CrmRecord r) {
    return ChangeWindow.fingerprint(r.fields());
  }

  /** True when the saved query locator is no longer valid (Salesforce: INVALID_QUERY_LOCATOR). */
  private static boolean expired(Throwable e) {
    Throwable t = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    return t instanceof NotFoundException
        || (t instanceof ValidationException v && "INVALID_QUERY_LOCATOR".equals(v.vendorCode()))
        || (t instanceof CrmException c && "INVALID_QUERY_LOCATOR".equals(c.vendorCode()));
  }
}
