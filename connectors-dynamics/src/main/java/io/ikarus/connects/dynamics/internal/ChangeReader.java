package io.ikarus.connects.dynamics.internal;

import io.ikarus.connects.Changes;
import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.dynamics.internal.dto.RowCollection;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.ChangeFeedOperations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * {@code changesSince} through Dataverse change tracking. The initial checkpoint asks for every row
 * with {@code Prefer: odata.track-changes}; each page's {@code @odata.nextLink} becomes a {@code
 * next:} checkpoint (with {@code hasMore}), the last page's {@code @odata.deltaLink} a {@code
 * delta:} checkpoint. Following a delta link returns rows written since, and deleted rows as {@code
 * $deletedEntity} entries, which become {@link Changes#deletedIds()}.
 *
 * <p>The table must have change tracking enabled; the service forgets delta tokens after its
 * retention period, and then answers with an error: start again from {@link Checkpoint#initial()}.
 *
 * <p>Unlike the Salesforce, HubSpot, monday and Pipedrive feeds this one has no lookback window
 * ({@code changeLookback}), on purpose. Those feeds ask for rows whose client-visible timestamp is
 * at or after one they saw, so a coarse stamp, a stamp older than ones already read (a long
 * transaction) or a lagging search index can hide a row behind the cursor, and re-reading a window
 * before it catches the row. Here the cursor is not a timestamp: the delta link is an opaque token
 * the service issues from its own change tracking, and following it returns every row changed or
 * deleted since that token, as the service (which knows when its transactions commit) decides, read
 * from the table itself and not from an index. Nothing the client could re-read would add a row the
 * token misses, and a row changed several times comes once, in its latest state, so neither a
 * lookback nor de-duplication has anything to do. The one way to lose changes, a token past its
 * retention, fails loudly instead.
 */
public final class ChangeReader implements ChangeFeedOperations {

  private static final String NEXT = "next:";
  private static final String DELTA = "delta:";

  private final ApiCalls calls;
  private final EntityCatalog catalog;
  private final int pageSize;

  /** A feed reading pages of at most {@code pageSize} rows of the tables {@code catalog} knows. */
  public ChangeReader(ApiCalls calls, EntityCatalog catalog, int pageSize) {
    this.calls = calls;
    this.catalog = catalog;
    this.pageSize = pageSize;
  }

  @Override
  public CompletableFuture<Changes> changesSince(String entitySet, Checkpoint checkpoint) {
    return catalog.with(entitySet, info -> changes(info, checkpoint));
  }

  private CompletableFuture<Changes> changes(EntityInfo info, Checkpoint checkpoint) {
    ApiRequest.Builder b;
    if (checkpoint.isInitial()) {
      b = ApiRequest.get(info.entitySetName());
    } else {
      b = ApiRequest.builder("GET").url(link(checkpoint));
    }
    b.operation("changesSince")
        .header("Prefer", "odata.track-changes,odata.maxpagesize=" + pageSize);
    return calls
        .execute(b.build())
        .thenApply(
            r -> {
              RowCollection body = Pages.read(r);
              List<CrmRecord> upserts = new ArrayList<>();
              List<String> deleted = new ArrayList<>();
              for (Map<String, Object> m : body.value()) {
                Object context = m.get("@odata.context");
                if (context != null && context.toString().endsWith("$deletedEntity")) {
                  deleted.add(String.valueOf(m.get("id")));
                } else {
                  upserts.add(RecordMapper.toRecord(info, m));
                }
              }
              String next = body.nextLink();
              String delta = body.deltaLink();
              if (next == null && delta == null) {
                throw new ValidationException(
                    "the response carried neither a next nor a delta link;"
                        + " is change tracking enabled for "
                        + info.logicalName()
                        + "?",
                    ErrorContext.of("dynamics", "changesSince"),
                    List.of());
              }
              Checkpoint cp = Checkpoint.parse(next != null ? NEXT + next : DELTA + delta);
              return new Changes(upserts, deleted, cp, next != null);
            });
  }

  private static String link(Checkpoint checkpoint) {
    String s = checkpoint.asString();
    if (s.startsWith(NEXT)) {
      return s.substring(NEXT.length());
    }
    if (s.startsWith(DELTA)) {
      return s.substring(DELTA.length());
    }
    throw new ValidationException(
        "not a Dynamics checkpoint: it must come from changesSince",
        ErrorContext.of("dynamics", "changesSince"),
        List.of());
  }
}
