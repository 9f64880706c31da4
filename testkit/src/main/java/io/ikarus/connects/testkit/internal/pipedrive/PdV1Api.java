package io.ikarus.connects.testkit.internal.pipedrive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The {@code /v1/} (or {@code /api/v1/}) endpoints without a v2 twin: leads (create 201, PATCH
 * update, {@code archived} listing), notes (create 200, PUT update), {@code leadFields} and the
 * other v1 field lists, and {@code recents}. v1 endpoints that have a v2 twin are out of support
 * and answer 410.
 */
final class PdV1Api {

  private static final List<String> NOTE_FILTERS =
      List.of("deal_id", "person_id", "org_id", "lead_id", "user_id");
  private static final List<String> LEAD_FILTERS =
      List.of("owner_id", "person_id", "organization_id");

  private final PdCompany company;

  PdV1Api(PdCompany company) {
    this.company = company;
  }

  /** Answers a request; {@code s} are the segments after {@code v1}. */
  FakeResponse handle(FakeRequest request, List<String> s) throws Exception {
    if (s.isEmpty()) {
      throw PdFailure.notFound("Not found");
    }
    if (s.get(0).equals("recents") && s.size() == 1) {
      return company.recents().list(request);
    }
    var fields = PdEntity.byFieldsPath(s.get(0));
    if (fields.isPresent() && s.size() == 1 && request.method().equals("GET")) {
      return company.fieldsApi().v1(fields.get(), request);
    }
    PdEntity entity = PdEntity.byPath(s.get(0)).orElseThrow(() -> PdFailure.notFound("Not found"));
    if (entity.v2()) {
      return PdErrors.error(
          410, "This endpoint is no longer supported. Use API v2: /api/v2/" + entity.path());
    }
    if (s.size() == 1) {
      return collection(entity, request, false);
    }
    if (s.size() == 2 && entity == PdEntity.LEADS && s.get(1).equals("archived")) {
      return collection(entity, request, true);
    }
    if (s.size() != 2) {
      throw PdFailure.notFound("Not found");
    }
    return single(entity, s.get(1), request);
  }

  private FakeResponse collection(PdEntity entity, FakeRequest request, boolean archived)
      throws Exception {
    if (request.method().equals("POST") && !archived) {
      PdCompany.requireJson(request);
      Map<String, Object> changes = company.values().changes(entity, request.json());
      requireLinks(entity, changes);
      StoredRecord r = company.records().insert(entity, changes);
      int status = entity == PdEntity.LEADS ? 201 : 200;
      return PdBodies.status(status, company.records().render(entity, r), null).records(1);
    }
    if (!request.method().equals("GET")) {
      return PdV2Api.methodNotAllowed();
    }
    Predicate<StoredRecord> p = filter(entity, request, archived);
    List<JsonNode> items =
        company.records().all(entity).stream()
            .filter(p)
            .sorted(order(request.param("sort")))
            .map(r -> (JsonNode) company.records().render(entity, r))
            .toList();
    int limit = PdListing.limit(request.param("limit"), 100);
    return PdOffsets.page(items, PdOffsets.start(request.param("start"), "start"), limit);
  }

  private FakeResponse single(PdEntity entity, String id, FakeRequest request) throws Exception {
    StoredRecord r = company.records().live(entity, id);
    boolean update =
        entity == PdEntity.LEADS
            ? request.method().equals("PATCH")
            : request.method().equals("PUT");
    if (request.method().equals("GET")) {
      return PdBodies.ok(company.records().render(entity, r), null).records(1);
    }
    if (update) {
      PdCompany.requireJson(request);
      company.records().update(entity, r, company.values().changes(entity, request.json()));
      return PdBodies.ok(company.records().render(entity, r), null).records(1);
    }
    if (request.method().equals("DELETE")) {
      company.records().delete(entity, r);
      JsonNode idNode =
          entity == PdEntity.LEADS ? TextNode.valueOf(id) : LongNode.valueOf(Long.parseLong(id));
      return PdBodies.deleted(idNode).records(1);
    }
    return PdV2Api.methodNotAllowed();
  }

  private static void requireLinks(PdEntity entity, Map<String, Object> changes) {
    boolean linked =
        entity == PdEntity.LEADS
            ? has(changes, "person_id") || has(changes, "organization_id")
            : NOTE_FILTERS.stream().limit(4).anyMatch(k -> has(changes, k));
    if (!linked) {
      throw PdFailure.badRequest(
          entity == PdEntity.LEADS
              ? "A lead must be linked to a person or an organization (person_id or organization_id)"
              : "A note must be linked to a deal, person, organization or lead");
    }
  }

  private static boolean has(Map<String, Object> changes, String key) {
    return changes.get(key) instanceof JsonNode n && !n.isNull();
  }

  private Predicate<StoredRecord> filter(PdEntity entity, FakeRequest request, boolean archived) {
    Predicate<StoredRecord> p = r -> !r.isDeleted() && PdRecords.archived(r) == archived;
    String since = request.param("updated_since");
    if (since != null) {
      Instant from = PdTimes.parseRfc3339("updated_since", since);
      p = p.and(r -> !PdTimes.seconds(r.modifiedAt()).isBefore(from));
    }
    return p.and(
        PdListing.byParams(request, entity == PdEntity.LEADS ? LEAD_FILTERS : NOTE_FILTERS));
  }

  private static Comparator<StoredRecord> order(String sort) {
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
