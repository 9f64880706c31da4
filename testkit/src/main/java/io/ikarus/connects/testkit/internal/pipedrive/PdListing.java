package io.ikarus.connects.testkit.internal.pipedrive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The v2 list endpoints: filters ({@code ids}, {@code owner_id}, {@code person_id}, {@code org_id},
 * {@code deal_id}, deal {@code status}, {@code updated_since} inclusive, {@code updated_until}
 * exclusive), sort, and cursor pages of at most 500 ({@code next_cursor} null at the end). Archived
 * deals are left out (they have their own listing); deleted deals appear only with {@code
 * status=deleted}, for 30 days.
 */
final class PdListing {

  static final int MAX_LIMIT = 500;
  private static final Duration DELETED_KEPT = Duration.ofDays(30);
  private static final List<String> FILTERS =
      List.of("owner_id", "person_id", "org_id", "deal_id", "stage_id", "pipeline_id");

  private final PdRecords records;
  private final java.time.Clock clock;

  PdListing(PdRecords records, java.time.Clock clock) {
    this.records = records;
    this.clock = clock;
  }

  /** {@code GET /api/v2/{entity}}, or {@code /api/v2/deals/archived} when {@code archived}. */
  FakeResponse list(PdEntity entity, FakeRequest request, boolean archived) {
    int limit = limit(request.param("limit"), 100);
    PdCursor order = PdCursor.of(request.param("sort_by"), request.param("sort_direction"));
    Predicate<StoredRecord> filter = filter(entity, request, archived);
    String cursor = request.param("cursor");
    List<StoredRecord> matching =
        records.all(entity).stream()
            .filter(filter)
            .filter(r -> cursor == null || order.isAfter(r, cursor))
            .sorted(order.order())
            .limit(limit + 1L)
            .toList();
    boolean more = matching.size() > limit;
    List<StoredRecord> page = more ? matching.subList(0, limit) : matching;
    ArrayNode data = Json.array();
    page.forEach(r -> data.add(records.render(entity, r)));
    ObjectNode additional = Json.object();
    additional.put("next_cursor", more ? order.after(page.get(page.size() - 1)) : null);
    return PdBodies.ok(data, additional).records(page.size());
  }

  /** Reads {@code limit}: default {@code fallback}, 1..500, else 400. */
  static int limit(String text, int fallback) {
    if (text == null) {
      return fallback;
    }
    try {
      int limit = Integer.parseInt(text);
      if (limit >= 1 && limit <= MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw PdFailure.badRequest("Parameter 'limit' must be an integer between 1 and " + MAX_LIMIT);
  }

  private Predicate<StoredRecord> filter(PdEntity entity, FakeRequest request, boolean archived) {
    Predicate<StoredRecord> p = visibility(entity, request.param("status"), archived);
    p = p.and(window(request));
    String ids = request.param("ids");
    if (ids != null) {
      Set<String> wanted =
          Arrays.stream(ids.split(",")).map(String::trim).collect(Collectors.toSet());
      if (wanted.size() > 100) {
        throw PdFailure.badRequest("Parameter 'ids' accepts at most 100 ids");
      }
      p = p.and(r -> wanted.contains(r.id()));
    }
    p = p.and(byParams(request, FILTERS));
    String done = request.param("done");
    if (done != null && entity == PdEntity.ACTIVITIES) {
      p =
          p.and(
              r ->
                  r.get("done") instanceof JsonNode n
                      && String.valueOf(n.asBoolean()).equals(done));
    }
    return p;
  }

  /** Records whose fields equal the request's parameters among {@code names} (all when none). */
  static Predicate<StoredRecord> byParams(FakeRequest request, List<String> names) {
    Predicate<StoredRecord> p = r -> true;
    for (String name : names) {
      String value = request.param(name);
      if (value != null) {
        p = p.and(r -> r.get(name) instanceof JsonNode n && n.asText().equals(value));
      }
    }
    return p;
  }

  private Predicate<StoredRecord> visibility(PdEntity entity, String status, boolean archived) {
    if (entity != PdEntity.DEALS || status == null) {
      return r -> !r.isDeleted() && PdRecords.archived(r) == archived;
    }
    Set<String> statuses = Set.of(status.split(","));
    Instant oldest = clock.instant().minus(DELETED_KEPT);
    return r -> {
      if (r.isDeleted()) {
        return statuses.contains("deleted") && r.deletedAt().isAfter(oldest);
      }
      String s = ((JsonNode) r.get("status")).asText();
      return PdRecords.archived(r) == archived && statuses.contains(s);
    };
  }

  private static Predicate<StoredRecord> window(FakeRequest request) {
    String since = request.param("updated_since");
    String until = request.param("updated_until");
    Instant from = since == null ? null : PdTimes.parseRfc3339("updated_since", since);
    Instant to = until == null ? null : PdTimes.parseRfc3339("updated_until", until);
    return r -> {
      Instant t = PdTimes.seconds(r.modifiedAt());
      return (from == null || !t.isBefore(from)) && (to == null || t.isBefore(to));
    };
  }
}
