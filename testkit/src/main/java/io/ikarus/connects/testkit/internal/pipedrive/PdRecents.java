package io.ikarus.connects.testkit.internal.pipedrive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /v1/recents?since_timestamp=YYYY-MM-DD HH:MM:SS&items=...}: every change since the
 * stamp (deletions included, flagged), oldest first, in offset pages of {@code {item, id, data}}.
 * Leads are not among the items, as at Pipedrive.
 */
final class PdRecents {

  private static final Map<String, PdEntity> ITEMS =
      Map.of(
          "activity", PdEntity.ACTIVITIES,
          "deal", PdEntity.DEALS,
          "note", PdEntity.NOTES,
          "person", PdEntity.PERSONS,
          "organization", PdEntity.ORGANIZATIONS,
          "product", PdEntity.PRODUCTS);

  private final PdRecords records;

  PdRecents(PdRecords records) {
    this.records = records;
  }

  FakeResponse list(FakeRequest request) {
    String since = request.param("since_timestamp");
    if (since == null) {
      throw PdFailure.badRequest("Parameter 'since_timestamp' is required");
    }
    Instant from = PdTimes.parseV1("since_timestamp", since);
    List<String> items = items(request.param("items"));
    List<Object[]> changes = new ArrayList<>();
    for (String item : items) {
      PdEntity entity = ITEMS.get(item);
      for (StoredRecord r : records.all(entity)) {
        if (!PdTimes.seconds(r.modifiedAt()).isBefore(from)) {
          changes.add(new Object[] {item, entity, r});
        }
      }
    }
    changes.sort(Comparator.comparing(c -> ((StoredRecord) c[2]).modifiedAt()));
    List<JsonNode> shaped = new ArrayList<>();
    for (Object[] c : changes) {
      ObjectNode o = Json.object();
      o.put("item", (String) c[0]);
      StoredRecord r = (StoredRecord) c[2];
      o.put("id", Long.parseLong(r.id()));
      o.set("data", records.render((PdEntity) c[1], r));
      shaped.add(o);
    }
    int limit = PdListing.limit(request.param("limit"), 100);
    return PdOffsets.page(shaped, PdOffsets.start(request.param("start"), "start"), limit);
  }

  private static List<String> items(String param) {
    if (param == null) {
      return List.copyOf(new java.util.TreeSet<>(ITEMS.keySet()));
    }
    List<String> out = new ArrayList<>();
    for (String item : param.split(",")) {
      if (!ITEMS.containsKey(item.trim())) {
        throw PdFailure.badRequest("Parameter 'items' has an unknown item: " + item.trim());
      }
      out.add(item.trim());
    }
    return out;
  }
}
