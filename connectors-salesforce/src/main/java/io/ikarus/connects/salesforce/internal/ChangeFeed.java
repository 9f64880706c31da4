package io.ikarus.connects.salesforce.internal;

import io.ikarus.connects.Changes;
import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.NotFoundException;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.salesforce.internal.dto.QueryResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Changes since a checkpoint, from one ordered scan: {@code queryAll} of {@code SELECT ...,
 * IsDeleted FROM Obj WHERE SystemModstamp >= <last stamp> ORDER BY SystemModstamp, Id}. {@code
 * queryAll} also returns deleted rows (their stamp moves on delete), so updates and deletions come
 * in one sequence with one cursor, and no client clock is involved. Each call returns one page; the
 * checkpoint holds the scan's {@code nextRecordsUrl} and {@link Changes#hasMore()} says to call
 * again at once. A later call (or one whose locator expired) restarts the scan at the last stamp
 * and skips what was handed out.
 *
 * <p>Limit of the vendor: deleted rows are visible only while in the Recycle Bin (about 15 days,
 * less after a hard delete or an emptied bin).
 */
public final class ChangeFeed {

  private final RestQuery query;
  private final int batchSize;

  /** Scans with {@code query}, asking for pages of {@code batchSize}. */
  public ChangeFeed(RestQuery query, int batchSize) {
    this.query = query;
    this.batchSize = batchSize;
  }

  /**
   * Returns the next page of changes.
   *
   * @param fields the fields to read; {@code Id}, {@code SystemModstamp} and {@code IsDeleted} are
   *     added
   */
  public CompletableFuture<Changes> since(
      String object, Checkpoint checkpoint, List<String> fields) {
    ChangeCursor cursor = ChangeCursor.of(checkpoint);
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
    if (cursor.stamp() != null) {
      soql.append(" WHERE ")
          .append(SalesforceNames.MODSTAMP)
          .append(" >= ")
          .append(SalesforceTime.format(cursor.stamp()));
    }
    soql.append(" ORDER BY ").append(SalesforceNames.MODSTAMP).append(" ASC, Id ASC");
    return query
        .first(soql.toString(), true, batchSize, "changesSince")
        .thenApply(page -> changes(object, cursor, page));
  }

  /**
   * Turns one page of the scan into changes. A restarted scan begins at the last stamp, so rows
   * older than it, and rows of that stamp whose ids were handed out, are skipped: no id order is
   * assumed, nothing is handed out twice and nothing is lost.
   */
  private static Changes changes(String object, ChangeCursor cursor, QueryResult page) {
    List<CrmRecord> upserts = new ArrayList<>();
    List<String> deleted = new ArrayList<>();
    Set<String> seen = new HashSet<>(cursor.ids());
    Instant stamp = cursor.stamp();
    List<String> atStamp = new ArrayList<>(cursor.ids());
    for (CrmRecord r : RecordMapper.toRecords(object, page.records())) {
      Instant at = r.modifiedAt();
      if (at == null || (cursor.stamp() != null && isHandedOut(at, r.id(), cursor.stamp(), seen))) {
        continue;
      }
      if (!at.equals(stamp)) {
        stamp = at;
        atStamp.clear();
      }
      atStamp.add(r.id());
      if (Boolean.TRUE.equals(r.field("IsDeleted"))) {
        deleted.add(r.id());
      } else {
        upserts.add(r);
      }
    }
    boolean more = !page.done() && page.nextRecordsUrl() != null;
    ChangeCursor after = new ChangeCursor(stamp, atStamp, more ? page.nextRecordsUrl() : null);
    return new Changes(upserts, deleted, after.checkpoint(), more);
  }

  private static boolean isHandedOut(Instant at, String id, Instant last, Set<String> seen) {
    int c = at.compareTo(last);
    return c < 0 || (c == 0 && seen.contains(id));
  }

  /** True when the saved query locator is no longer valid (Salesforce: INVALID_QUERY_LOCATOR). */
  private static boolean expired(Throwable e) {
    Throwable t = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    return t instanceof NotFoundException
        || (t instanceof ValidationException v && "INVALID_QUERY_LOCATOR".equals(v.vendorCode()))
        || (t instanceof CrmException c && "INVALID_QUERY_LOCATOR".equals(c.vendorCode()));
  }
}
