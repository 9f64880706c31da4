package io.ikarus.connects.pipedrive.internal;

import io.ikarus.connects.Changes;
import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.ChangeFeedOperations;
import io.ikarus.connects.spi.ChangeWindow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * {@code changesSince} for every object. A run covers a closed window {@code [since, until)} with
 * {@code until} fixed at the run's start, one page per call: first the records updated in the
 * window ({@code updated_since}/{@code updated_until}, sorted by {@code update_time}), then the
 * deletion listings: for deals the archived listing and {@code status=deleted} (archived or deleted
 * deals are deletions), for leads the archived listing, for the other objects the {@code
 * /v1/recents} entries flagged deleted.
 *
 * <p>Pipedrive stamps have second precision and a record written by a slow request can carry a
 * stamp older than ones already read, so the next run starts a lookback before the newest stamp
 * handed out ({@link #DEFAULT_LOOKBACK} unless the builder's {@code changeLookback} says
 * otherwise), and a {@link ChangeWindow} hands a record (or a deletion) out again only when it
 * changed.
 */
public final class ChangeFeed implements ChangeFeedOperations {

  /** How far before the newest stamp handed out the next run starts, by default. */
  public static final Duration DEFAULT_LOOKBACK = Duration.ofMinutes(1);

  private static final String DELETED = "deleted";
  private static final DateTimeFormatter V1 =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private final ApiCalls calls;
  private final RecordReader reader;
  private final Clock clock;
  private final Duration lookback;

  /** A feed whose runs start {@code lookback} before the newest stamp handed out. */
  public ChangeFeed(ApiCalls calls, RecordReader reader, Clock clock, Duration lookback) {
    this.calls = calls;
    this.reader = reader;
    this.clock = clock;
    this.lookback = lookback;
  }

  /** One page of changes after {@code checkpoint}. */
  @Override
  public CompletableFuture<Changes> changesSince(String object, Checkpoint checkpoint) {
    ErrorContext ctx = ErrorContext.of(PipedriveParts.NAME, "changesSince");
    Entity entity = Entity.of(object, ctx);
    ChangeCheckpoint at = ChangeCheckpoint.parse(checkpoint, lookback, ctx);
    ChangeCheckpoint cp =
        at.until() != null
            ? at
            : at.at(
                0,
                at.since(),
                clock.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1),
                null);
    List<String> phases = phases(entity, cp.since() == null);
    String phase = phases.get(Math.min(cp.phase(), phases.size() - 1));
    return fetch(object, entity, phase, cp).thenApply(step -> advance(cp, phases.size(), step));
  }

  private record Step(List<CrmRecord> upserts, List<String> deleted, String next) {}

  private Changes advance(ChangeCheckpoint cp, int phases, Step step) {
    ChangeCheckpoint following;
    cp.window().prune();
    if (step.next() != null) {
      following = cp.at(cp.phase(), cp.since(), cp.until(), step.next());
    } else if (cp.phase() + 1 < phases) {
      following = cp.at(cp.phase() + 1, cp.since(), cp.until(), null);
    } else {
      Instant from = cp.window().from();
      following =
          cp.at(0, from == null || from.isAfter(cp.until()) ? cp.since() : from, null, null);
    }
    boolean more = following.until() != null;
    return new Changes(step.upserts(), step.deleted(), following.toCheckpoint(), more);
  }

  private static List<String> phases(Entity entity, boolean initial) {
    if (initial) {
      return List.of("main");
    }
    return switch (entity) {
      case DEALS -> List.of("main", "archived", "deleted");
      case LEADS -> List.of("main", "archived");
      default -> List.of("main", "recents");
    };
  }

  private CompletableFuture<Step> fetch(
      String object, Entity entity, String phase, ChangeCheckpoint cp) {
    return switch (phase) {
      case "recents" -> recents(entity, cp);
      case "archived", "deleted" -> gone(object, entity, phase, cp);
      default -> updated(object, entity, cp);
    };
  }

  private CompletableFuture<Step> updated(String object, Entity entity, ChangeCheckpoint cp) {
    ApiRequest.Builder b = window(entity, entity.collection(), cp);
    return list(b, Costs.list(entity.v2()), object, entity)
        .thenApply(l -> new Step(fresh(inWindow(l.records(), cp), cp), List.of(), l.next()));
  }

  private CompletableFuture<Step> gone(
      String object, Entity entity, String phase, ChangeCheckpoint cp) {
    boolean archived = phase.equals("archived");
    ApiRequest.Builder b = window(entity, entity.collection() + (archived ? "/archived" : ""), cp);
    if (!archived) {
      b.query("status", "deleted");
    }
    int cost = archived ? Costs.archived(entity.v2()) : Costs.list(entity.v2());
    return list(b, cost, object, entity)
        .thenApply(l -> new Step(List.of(), goneIds(inWindow(l.records(), cp), cp), l.next()));
  }

  private CompletableFuture<Step> recents(Entity entity, ChangeCheckpoint cp) {
    ApiRequest.Builder b =
        ApiRequest.get("v1/recents")
            .operation("changesSince")
            .query("since_timestamp", V1.format(cp.since()))
            .query("items", entity.recentsItem())
            .query("limit", 500);
    if (cp.token() != null) {
      b.query("start", cp.token());
    }
    return calls
        .execute(Costs.charged(b, Costs.recents()))
        .thenApply(
            r -> {
              Dtos.RecentsEnvelope env = r.json(Dtos.RecentsEnvelope.class);
              List<String> deleted = new ArrayList<>();
              if (env.data() != null) {
                env.data().forEach(item -> deletedId(item, cp, deleted));
              }
              return new Step(List.of(), deleted, Paging.next(env.additionalData()));
            });
  }

  private static void deletedId(Dtos.RecentItem item, ChangeCheckpoint cp, List<String> out) {
    Map<String, Object> data = item.data();
    boolean gone =
        data != null
            && (Boolean.TRUE.equals(data.get("is_deleted"))
                || Boolean.FALSE.equals(data.get("active_flag")));
    Instant at = data == null ? null : RecordDecoder.time(data.get("update_time"));
    String id = String.valueOf(item.id());
    if (gone && (at == null || at.isBefore(cp.until())) && offerDeletion(cp, id, at)) {
      out.add(id);
    }
  }

  private ApiRequest.Builder window(Entity entity, String path, ChangeCheckpoint cp) {
    ApiRequest.Builder b = ApiRequest.get(path).operation("changesSince").query("limit", 500);
    if (cp.since() != null) {
      b.query("updated_since", cp.since().toString());
    }
    if (entity.v2()) {
      b.query("updated_until", cp.until().toString());
      b.query("sort_by", "update_time").query("sort_direction", "asc");
    } else {
      b.query("sort", "update_time ASC");
    }
    if (cp.token() != null) {
      b.query(entity.v2() ? "cursor" : "start", cp.token());
    }
    return b;
  }

  private CompletableFuture<RecordReader.Listed> list(
      ApiRequest.Builder b, int cost, String object, Entity entity) {
    return calls
        .execute(Costs.charged(b, cost))
        .thenCompose(r -> reader.list(object, entity, r.json(Dtos.ListEnvelope.class)));
  }

  private static List<CrmRecord> inWindow(List<CrmRecord> records, ChangeCheckpoint cp) {
    return records.stream()
        .filter(r -> r.modifiedAt() == null || r.modifiedAt().isBefore(cp.until()))
        .toList();
  }

  /** The records the change window has not handed out with this content. */
  private static List<CrmRecord> fresh(List<CrmRecord> records, ChangeCheckpoint cp) {
    return records.stream()
        .filter(r -> cp.window().offer(r.id(), stamp(r.modifiedAt(), cp), fingerprint(r)))
        .toList();
  }

  /** The ids of deleted records the change window has not handed out as deleted. */
  private static List<String> goneIds(List<CrmRecord> records, ChangeCheckpoint cp) {
    return records.stream()
        .filter(r -> offerDeletion(cp, r.id(), r.modifiedAt()))
        .map(CrmRecord::id)
        .toList();
  }

  private static boolean offerDeletion(ChangeCheckpoint cp, String id, Instant at) {
    return cp.window().offer(id, stamp(at, cp), DELETED);
  }

  private static String fingerprint(CrmRecord r) {
    return ChangeWindow.fingerprint(r.fields());
  }

  /** A change's stamp; one without (never seen) counts as made at the window's start. */
  private static Instant stamp(Instant at, ChangeCheckpoint cp) {
    return at != null ? at : cp.since() != null ? cp.since() : Instant.EPOCH;
  }
}
