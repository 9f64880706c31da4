package io.ikarus.connects.testkit.internal.pipedrive;

import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.StoredRecord;
import java.util.List;

/**
 * The {@code /api/v2/} endpoints: CRUD of deals, persons, organizations, activities and products
 * (create answers 200), their lists and search, {@code deals/archived}, {@code leads/search} and
 * the Fields API.
 */
final class PdV2Api {

  private final PdCompany company;

  PdV2Api(PdCompany company) {
    this.company = company;
  }

  /** Answers a request; {@code s} are the segments after {@code api/v2}. */
  FakeResponse handle(FakeRequest request, List<String> s) throws Exception {
    if (s.isEmpty()) {
      throw PdFailure.notFound("Not found");
    }
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
      return collection(entity, request);
    }
    if (entity == PdEntity.DEALS && s.get(1).equals("archived") && request.method().equals("GET")) {
      return company.listing().list(entity, request, true);
    }
    return company.single(entity, s.get(1), request, "PATCH");
  }

  private FakeResponse collection(PdEntity entity, FakeRequest request) throws Exception {
    return switch (request.method()) {
      case "GET" -> company.listing().list(entity, request, false);
      case "POST" -> {
        PdCompany.requireJson(request);
        StoredRecord r =
            company.records().insert(entity, company.values().changes(entity, request.json()));
        yield PdBodies.ok(company.records().render(entity, r), null).records(1);
      }
      default -> PdErrors.methodNotAllowed();
    };
  }
}
