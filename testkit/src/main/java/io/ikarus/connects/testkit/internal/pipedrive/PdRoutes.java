package io.ikarus.connects.testkit.internal.pipedrive;

import com.fasterxml.jackson.databind.JsonNode;
import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The API's endpoints. Under {@code /api/v2/}: CRUD of deals, persons, organizations, activities
 * and products (create answers 200), their lists and search, {@code deals/archived}, {@code
 * leads/search} and the Fields API. Under {@code /v1/} (or {@code /api/v1/}) the endpoints without
 * a v2 twin: leads (create 201, PATCH update, {@code archived} listing), notes (create 200, PUT
 * update), {@code leadFields} and the other v1 field lists, and {@code recents}; v1 endpoints that
 * have a v2 twin are out of support and answer 410.
 */
final class PdRoutes {

  private static final List<String> NOTE_FILTERS =
      List.of("deal_id", "person_id", "org_id", "lead_id", "user_id");
  private static final List<String> LEAD_FILTERS =
      List.of("owner_id", "person_id", "organization_id");

  private final PdCompany company;

  PdRoutes(PdCompany company) {
    this.company = company;
  }

  /** Answers a request; {@code s} are the segments after {@code v1} or {@code api/v2}. */
  FakeResponse handle(FakeRequest request, boolean v2, List<String> s) throws Exception {
    if (s.isEmpty()) {
      throw PdFailure.notFound("Not found");
    }
    return v2 ? v2(request, s) : v1(request, s);
  }

  private FakeResponse v2(FakeRequest request, List<String> s) throws Exception {
    var fields = PdEntity.byFieldsPath(s.get(0));
    if (fields.isPresent() && fields.get().v2()) {
      return company.fieldsApi().v2(fields.get(), request, s.subList(1, s.size()));
    }
    PdEntity entity = PdEntity.byPath(s.get(0)).orElseThrow(() -> PdFailure.notFound("Not found"));
    if (s.size() == 2 && s.get(1).equals("search") && request.method().equals("GET")) {
      return company.search().search(entity, request);
    }
    if (!entity.v2() || s.size() > 2) {
      throw PdFailure.notFound("Not found");
    }
    if (s.size() == 1) {
      return switch (request.method()) {
        case "GET" -> company.listing().list(entity, request, false);
        case "POST" -> create(entity, request, 200);
        default -> PdErrors.methodNotAllowed();
      };
    }
    if (entity == PdEntity.DEALS && s.get(1).equals("archived") && request.method().equals("GET")) {
      return company.listing().list(entity, request, true);
    }
    return company.single(entity, s.get(1), request, "PATCH");
  }

  private FakeResponse v1(FakeRequest request, List<String> s) throws Exception {
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
    return company.single(entity, s.get(1), request, entity == PdEntity.LEADS ? "PATCH" : "PUT");
  }

  private FakeResponse collection(PdEntity entity, FakeRequest request, boolean archived)
      throws Exception {
    if (request.method().equals("POST") && !archived) {
      return create(entity, request, entity == PdEntity.LEADS ? 201 : 200);
    }
    if (!request.method().equals("GET")) {
      return PdErrors.methodNotAllowed();
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

  /** Creates a record from the JSON body, a v1 one only when linked; answers {@code status}. */
  private FakeResponse create(PdEntity entity, FakeRequest request, int status) throws Exception {
    PdCompany.requireJson(request);
    Map<String, Object> changes = company.values().changes(entity, request.json());
    if (!entity.v2()) {
      requireLinks(entity, changes);
    }
    StoredRecord r = company.records().insert(entity, changes);
    return PdBodies.status(status, company.records().render(entity, r), null).records(1);
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
