package io.ikarus.connects.testkit.internal.pipedrive;

import com.fasterxml.jackson.databind.JsonNode;
import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The API's endpoints. Under {@code /api/v2/}: CRUD of deals, persons, organizations, activities
 * and products (create answers 200), their lists and search, {@code deals/archived}, {@code
 * leads/search} and the Fields API. Under {@code /v1/} (or {@code /api/v1/}) the endpoints without
 * a v2 twin: leads (create 201, PATCH update, {@code archived} listing), notes (create 200, PUT
 * update), {@code leadFields} and the other v1 field lists, and {@code recents}; v1 endpoints that
 * have a v2 twin are out of support and answer 410.
 */
final class PdRoutes {

  private final PdRecords records;
  private final PdValues values;
  private final PdSchema schema;
  private final PdListing listing;
  private final PdSearch search;

  PdRoutes(PdRecords records, PdValues values, PdSchema schema, Clock clock) {
    this.records = records;
    this.values = values;
    this.schema = schema;
    this.listing = new PdListing(records, clock);
    this.search = new PdSearch(records, schema);
  }

  /**
   * Answers a request; {@code s} are the segments after {@code v1} or {@code api/v2}. v2 archived
   * listing is deals' (GET only), v1's is leads'; v1 updates leads by PATCH and notes by PUT.
   */
  FakeResponse handle(FakeRequest request, boolean v2, List<String> s) throws Exception {
    String method = request.method();
    if (s.isEmpty()) {
      throw PdFailure.notFound("Not found");
    }
    if (!v2 && s.size() == 1 && s.get(0).equals("recents")) {
      return listing.recents(request);
    }
    var fields = PdEntity.byFieldsPath(s.get(0));
    if (v2 && fields.isPresent() && fields.get().v2()) {
      return schema.v2Api(fields.get(), request, s.subList(1, s.size()));
    }
    if (!v2 && fields.isPresent() && s.size() == 1 && method.equals("GET")) {
      return schema.v1Api(fields.get(), request);
    }
    PdEntity entity = PdEntity.byPath(s.get(0)).orElseThrow(() -> PdFailure.notFound("Not found"));
    if (v2 && s.size() == 2 && s.get(1).equals("search") && method.equals("GET")) {
      return search.search(entity, request);
    }
    if (!v2 && entity.v2()) {
      return PdErrors.error(
          410, "This endpoint is no longer supported. Use API v2: /api/v2/" + entity.path());
    }
    if (entity.v2() != v2 || s.size() > 2) {
      throw PdFailure.notFound("Not found");
    }
    boolean archived =
        s.size() == 2
            && s.get(1).equals("archived")
            && entity == (v2 ? PdEntity.DEALS : PdEntity.LEADS)
            && (!v2 || method.equals("GET"));
    if (s.size() == 1 || archived) {
      if (method.equals("POST") && !archived) {
        return create(entity, request, entity == PdEntity.LEADS ? 201 : 200);
      }
      if (!method.equals("GET")) {
        return PdErrors.methodNotAllowed();
      }
      return v2 ? listing.v2(entity, request, archived) : listing.v1(entity, request, archived);
    }
    return single(entity, s.get(1), request, v2 || entity == PdEntity.LEADS ? "PATCH" : "PUT");
  }

  /** Creates a record from the JSON body, a v1 one only when linked; answers {@code status}. */
  private FakeResponse create(PdEntity entity, FakeRequest request, int status) throws Exception {
    requireJson(request);
    Map<String, Object> changes = values.changes(entity, request.json());
    if (!entity.v2()) {
      requireLinks(entity, changes);
    }
    StoredRecord r = records.insert(entity, changes);
    return PdBodies.status(status, records.render(entity, r), null).records(1);
  }

  /**
   * {@code GET}, update (by {@code updateMethod}: PATCH in v2 and for v1 leads, PUT for v1 notes)
   * or {@code DELETE} of record {@code id}, answered in its API's shape.
   */
  private FakeResponse single(PdEntity entity, String id, FakeRequest request, String updateMethod)
      throws Exception {
    StoredRecord r = records.live(entity, id);
    String method = request.method();
    if (method.equals(updateMethod)) {
      requireJson(request);
      records.update(entity, r, values.changes(entity, request.json()));
    } else if (method.equals("DELETE")) {
      records.delete(entity, r);
      return PdBodies.ok(Json.object().set("id", PdRecords.id(entity, r)), null).records(1);
    } else if (!method.equals("GET")) {
      return PdErrors.methodNotAllowed();
    }
    return PdBodies.ok(records.render(entity, r), null).records(1);
  }

  /** Refuses a write whose body is not JSON (v2 takes JSON only). */
  private static void requireJson(FakeRequest request) {
    if (!request.mediaType().equals("application/json")) {
      throw new PdFailure(
          PdErrors.error(415, "Unsupported Media Type: the request body must be application/json"));
    }
  }

  private static void requireLinks(PdEntity entity, Map<String, Object> changes) {
    List<String> links =
        entity == PdEntity.LEADS
            ? List.of("person_id", "organization_id")
            : List.of("deal_id", "person_id", "org_id", "lead_id");
    if (links.stream().noneMatch(k -> changes.get(k) instanceof JsonNode n && !n.isNull())) {
      throw PdFailure.badRequest(
          entity == PdEntity.LEADS
              ? "A lead must be linked to a person or an organization (person_id or organization_id)"
              : "A note must be linked to a deal, person, organization or lead");
    }
  }
}
