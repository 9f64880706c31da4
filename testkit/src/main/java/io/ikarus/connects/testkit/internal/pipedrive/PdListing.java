package io.ikarus.connects.testkit.internal.pipedrive;

import com.fasterxml.jackson.databind.JsonNode;
import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The list endpoints. v2: filters ({@code ids}, {@code owner_id}, {@code person_id}, {@code
 * org_id}, {@code deal_id}, deal {@code status}, {@code updated_since} inclusive, {@code
 * updated_until} exclusive), sort, and keyset cursor pages of at most 500 ({@code next_cursor} null
 * at the end); archived deals are left out (they have their own listing); deleted deals appear only
 * with {@code status=deleted}, for 30 days. v1 (leads, notes): their own filters, {@code
 * updated_since}, {@code sort=field [ASC|DESC]} and offset pages.
 */
final class PdListing {

  private static final Duration DELETED_KEPT = Duration.ofDays(30);
  private static final List<String> FILTERS =
      List.of("owner_id", "person_id", "org_id", "deal_id", "stage_id", "pipeline_id");
  private static final List<String> NOTE_FILTERS =
      List.of("deal_id", "person_id", "org_id", "lead_id", "user_id");
  private static final List<String> LEAD_FILTERS =
      List.of("owner_id", "person_id", "organization_id");

  /** The recents items, every entity but leads, in name order. */
  private static final Map<String, PdEntity> ITEMS =
      Arrays.stream(PdEntity.values())
          .filter(e -> e != PdEntity.LEADS)
          .collect(Collectors.toMap(PdEntity::item, e -> e, (a, b) -> a, TreeMap::new));

  private final PdRecords records;
  private final Clock clock;

  PdListing(PdRecords records, Clock clock) {
    this.records = records;
    this.clock = clock;
  }

  /** {@code GET /api/v2/{entity}}, or {@code /api/v2/deals/archived} when {@code archived}. */
  FakeResponse v2(PdEntity entity, FakeRequest request, boolean archived) {
    int limit = PdBodies.limit(request);
    PdCursor order = PdCursor.of(request.param("sort_by"), request.param("sort_direction"));
    Predicate<StoredRecord> filter = filter(entity, request, archived);
    List<StoredRecord> matching =
        records.all(entity).stream()
            .filter(filter)
            .filter(order.isAfter(request.param("cursor")))
            .sorted(order.order())
            .limit(limit + 1L)
            .toList();
    boolean more = matching.size() > limit;
    List<StoredRecord> page = more ? matching.subList(0, limit) : matching;
    return PdBodies.v2Page(
        Json.array().addAll(page.stream().map(r -> records.render(entity, r)).toList()),
        page.size(),
        more ? order.after(page.get(page.size() - 1)) : null);
  }

  /** {@code GET /v1/{leads|notes}}, or {@code /v1/leads/archived} when {@code archived}. */
  FakeResponse v1(PdEntity entity, FakeRequest request, boolean archived) {
    List<JsonNode> items =
        records.all(entity).stream()
            .filter(filter(entity, request, archived))
            .sorted(v1Order(request.param("sort")))
            .map(r -> (JsonNode) records.render(entity, r))
            .toList();
    return PdBodies.v1Page(items, request);
  }

  /**
   * {@code GET /v1/recents?since_timestamp=YYYY-MM-DD HH:MM:SS&items=...}: every change since the
   * stamp (deletions included, flagged), oldest first, in offset pages of {@code {item, id, data}}.
   * Leads are not among the items, as at Pipedrive.
   */
  FakeResponse recents(FakeRequest request) {
    String since = request.param("since_timestamp");
    if (since == null) {
      throw PdFailure.badRequest("Parameter 'since_timestamp' is required");
    }
    Instant from = PdTimes.parse("since_timestamp", since, true);
    List<JsonNode> changes =
        items(request.param("items")).stream()
            .flatMap(item -> records.all(ITEMS.get(item)).stream().map(r -> Map.entry(item, r)))
            .filter(c -> !PdTimes.seconds(c.getValue().modifiedAt()).isBefore(from))
            .sorted(Comparator.comparing(c -> c.getValue().modifiedAt()))
            .map(c -> shape(c.getKey(), c.getValue()))
            .toList();
    return PdBodies.v1Page(changes, request);
  }

  /** A recents entry: {@code {item, id, data}}. */
  private JsonNode shape(String item, StoredRecord r) {
    return Json.object()
        .put("item", item)
        .put("id", Long.parseLong(r.id()))
        .set("data", records.render(ITEMS.get(item), r));
  }

  private static List<String> items(String param) {
    if (param == null) {
      return List.copyOf(ITEMS.keySet());
    }
    List<String> items = Arrays.stream(param.split(",")).map(String::trim).toList();
    for (String item : items) {
      if (!ITEMS.containsKey(item)) {
        throw PdFailure.badRequest("Parameter 'items' has an unknown item: " + item);
      }
    }
    return items;
  }

  /** The v2 filters, or for v1 entities (leads, notes) theirs and {@code updated_since}. */
  private Predicate<StoredRecord> filter(PdEntity entity, FakeRequest request, boolean archived) {
    boolean v2 = entity.v2();
    List<String> names = v2 ? FILTERS : entity == PdEntity.LEADS ? LEAD_FILTERS : NOTE_FILTERS;
    Predicate<StoredRecord> p = visibility(entity, request.param("status"), archived);
    p = p.and(window(request.param("updated_since"), v2 ? request.param("updated_until") : null));
    p = p.and(byParams(request, names));
    String ids = request.param("ids");
    if (ids != null && v2) {
      Set<String> wanted =
          Arrays.stream(ids.split(",")).map(String::trim).collect(Collectors.toSet());
      if (wanted.size() > 100) {
        throw PdFailure.badRequest("Parameter 'ids' accepts at most 100 ids");
      }
      p = p.and(r -> wanted.contains(r.id()));
    }
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
  private static Predicate<StoredRecord> byParams(FakeRequest request, List<String> names) {
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
    Set<String> statuses = Set.copyOf(Arrays.asList(status.split(",")));
    Instant oldest = clock.instant().minus(DELETED_KEPT);
    return r -> {
      if (r.isDeleted()) {
        return statuses.contains("deleted") && r.deletedAt().isAfter(oldest);
      }
      String s = ((JsonNode) r.get("status")).asText();
      return PdRecords.archived(r) == archived && statuses.contains(s);
    };
  }

  /** Records modified (in whole seconds) at or after {@code since} and before {@code until}. */
  private static Predicate<StoredRecord> window(String since, String until) {
    Instant from = since == null ? null : PdTimes.parse("updated_since", since, false);
    Instant to = until == null ? null : PdTimes.parse("updated_until", until, false);
    return r -> {
      Instant t = PdTimes.seconds(r.modifiedAt());
      return (from == null || !t.isBefore(from)) && (to == null || t.isBefore(to));
    };
  }

  /** The v1 {@code sort} order ({@code update_time}, {@code add_time} or {@code id}). */
  private static Comparator<StoredRecord> v1Order(String sort) {
    if (sort == null || sort.isBlank()) {
      return Comparator.comparing(StoredRecord::createdAt);
    }
    String[] parts = sort.trim().split("\\s+");
    Comparator<StoredRecord> c =
        switch (parts[0]) {
          case "update_time" -> Comparator.comparing(StoredRecord::modifiedAt);
          case "add_time", "id" -> Comparator.comparing(StoredRecord::createdAt);
          default ->
              throw PdFailure.badRequest("Parameter 'sort' names an unknown field: " + parts[0]);
        };
    return parts.length > 1 && parts[1].equalsIgnoreCase("DESC") ? c.reversed() : c;
  }
}
