package io.ikarus.connects.testkit.internal.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.StoredRecord;
import io.ikarus.connects.testkit.internal.WholeNumber;
import io.ikarus.connects.testkit.internal.filter.Filter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * {@code POST /crm/v3/objects/{type}/search}: filter groups (OR of ANDed filters), sorts, chosen
 * properties, 200 results per page at most, and no paging past the 10,000th result.
 */
public final class SearchHandler {

  private static final int MAX_GROUPS = 5;
  private static final int MAX_FILTERS_PER_GROUP = 10;
  private static final int MAX_FILTERS = 25;
  private static final int MAX_LIMIT = 200;

  /** The most results one query can page through. */
  private static final int MAX_RESULTS = 10_000;

  private final Schema schema;
  private final Records store;

  /** A handler over {@code store}. */
  public SearchHandler(Schema schema, Records store) {
    this.schema = schema;
    this.store = store;
  }

  /** Runs a search. */
  public FakeResponse search(ObjectType type, String body) {
    JsonNode req = Wire.parse(body);
    int limit = req.path("limit").asInt(10);
    String cursor = req.path("after").asText("0");
    String refusal = "Invalid paging cursor 'after': " + cursor;
    int after = WholeNumber.parse(cursor, 0, 0, Integer.MAX_VALUE, () -> new BadRequest(refusal));
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new BadRequest("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
    if (after > MAX_RESULTS - limit) {
      String message =
          "The maximum number of results that can be paged through is %d;"
              + " after=%d and limit=%d go beyond it";
      throw new BadRequest(message.formatted(MAX_RESULTS, after, limit));
    }
    Where where = where(type, req.path("filterGroups"));
    String text = req.path("query").asText("");
    List<StoredRecord> hits =
        store.searchIndex(
            type,
            where.idsAbove(),
            o ->
                !o.isDeleted()
                    && where.filter().test(o)
                    && (text.isEmpty() || matchesQuery(type, o, text)));
    hits = sorted(type, hits, req.path("sorts"));
    List<String> props = req.path("properties").valueStream().map(JsonNode::asText).toList();
    ObjectNode out = Json.object().put("total", hits.size());
    ArrayNode results = out.putArray("results");
    hits.stream().skip(after).limit(limit).forEach(o -> results.add(type.toJson(o, props)));
    if (after + limit < hits.size()) {
      Wire.nextPage(out, Integer.toString(after + limit));
    }
    return FakeResponse.json(200, out);
  }

  /** The filter groups as one filter, and the lowest id bound they all set (the scan's start). */
  private record Where(Predicate<StoredRecord> filter, long idsAbove) {}

  private Where where(ObjectType type, JsonNode groups) {
    requireAtMost(groups.size(), MAX_GROUPS, "filter groups");
    int total = 0;
    long bound = groups.isEmpty() ? Long.MIN_VALUE : Long.MAX_VALUE;
    List<Filter<StoredRecord>> or = new ArrayList<>();
    for (JsonNode group : groups) {
      JsonNode filters = group.path("filters");
      requireAtMost(filters.size(), MAX_FILTERS_PER_GROUP, "filters in a group");
      total += filters.size();
      List<Filter<StoredRecord>> and = new ArrayList<>();
      long groupBound = Long.MIN_VALUE;
      for (JsonNode f : filters) {
        PropertyDef def = property(type, f.path("propertyName"));
        FilterMatcher matcher = new FilterMatcher(f, def);
        and.add(Filter.where(def.name(), matcher::matches));
        groupBound = Math.max(groupBound, matcher.idsAbove());
      }
      or.add(Filter.all(and));
      bound = Math.min(bound, groupBound);
    }
    requireAtMost(total, MAX_FILTERS, "filters");
    return new Where(or.isEmpty() ? Filter.always() : Filter.any(or), bound);
  }

  private static void requireAtMost(int count, int max, String what) {
    if (count > max) {
      throw new BadRequest("Too many " + what + ": " + count + " (max " + max + ")");
    }
  }

  /** Sorts by the requested keys (each value parsed once), then by id; id order when none. */
  private List<StoredRecord> sorted(ObjectType type, List<StoredRecord> hits, JsonNode sorts) {
    if (sorts.isEmpty() || idAscending(sorts)) {
      return hits;
    }
    List<PropertyDef> defs = new ArrayList<>();
    Comparator<Keyed> order = (a, b) -> 0;
    for (JsonNode s : sorts) {
      int i = defs.size();
      defs.add(property(type, s.path("propertyName")));
      Comparator<Comparable<Object>> natural = Comparator.naturalOrder();
      boolean descending = s.path("direction").asText("ASCENDING").equals("DESCENDING");
      // a missing value sorts last in either direction
      order =
          order.thenComparing(
              k -> k.keys().get(i),
              Comparator.nullsLast(descending ? natural.reversed() : natural));
    }
    return hits.stream()
        .map(o -> new Keyed(o, defs.stream().map(d -> sortKey(o, d)).toList()))
        .sorted(order.thenComparingLong(k -> Long.parseLong(k.object().id())))
        .map(Keyed::object)
        .toList();
  }

  /** Hits come in id order already, so a single ascending id sort needs no work. */
  private static boolean idAscending(JsonNode sorts) {
    JsonNode s = sorts.get(0);
    return sorts.size() == 1
        && s.path("propertyName").asText().equals("hs_object_id")
        && !s.path("direction").asText("ASCENDING").equals("DESCENDING");
  }

  private record Keyed(StoredRecord object, List<Comparable<Object>> keys) {}

  private static Comparable<Object> sortKey(StoredRecord o, PropertyDef def) {
    String v = Records.value(o, def.name());
    return v == null ? null : FilterMatcher.key(def.type(), v);
  }

  private PropertyDef property(ObjectType type, JsonNode name) {
    PropertyDef def = schema.property(type, name.asText(""));
    if (def == null) {
      throw new BadRequest("Property '" + name.asText("") + "' does not exist on " + type.name());
    }
    return def;
  }

  private boolean matchesQuery(ObjectType type, StoredRecord o, String text) {
    return type.defaultProperties().stream()
        .map(p -> Records.value(o, p))
        .anyMatch(v -> v != null && FilterMatcher.containsToken(v, "*" + text + "*"));
  }
}
