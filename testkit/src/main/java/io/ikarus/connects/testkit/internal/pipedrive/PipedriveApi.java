package io.ikarus.connects.testkit.internal.pipedrive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.VendorApi;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.StoredRecord;
import io.ikarus.connects.testkit.internal.oauth.OAuthGrants;
import io.ikarus.connects.testkit.internal.oauth.TokenRegistry;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pipedrive's wire behaviour: the OAuth server under {@code /oauth}, API v2 under {@code /api/v2}
 * and v1 under {@code /v1} or {@code /api/v1}, behind the API token ({@code x-api-token} header or
 * {@code api_token} query) or an OAuth bearer token (an API token sent as a bearer is refused), and
 * the token-cost rate limits with their headers on every API response; and the facade's direct
 * reads and writes of the company's records and fields (entities named by path, such as {@code
 * persons}, or singular, such as {@code PERSON}), called under the server lock.
 *
 * <p>The endpoints. Under {@code /api/v2/}: CRUD of deals, persons, organizations, activities and
 * products (create answers 200), their lists and search, {@code deals/archived}, {@code
 * leads/search} and the Fields API. Under {@code /v1/} (or {@code /api/v1/}) the endpoints without
 * a v2 twin: leads (create 201, PATCH update, {@code archived} listing), notes (create 200, PUT
 * update), {@code leadFields} and the other v1 field lists, and {@code recents}; v1 endpoints that
 * have a v2 twin are out of support and answer 410.
 */
public final class PipedriveApi implements VendorApi {

  private static final SecureRandom RANDOM = new SecureRandom();
  private final PdSchema schema = new PdSchema();
  private final PdRecords records;
  private final PdValues values;
  private final PdOAuth oauth;
  private final PdLimits limits;
  private final TokenRegistry accessTokens;
  private final String apiToken;
  private final PdListing listing;
  private final PdSearch search;

  /**
   * Creates the company; serve it, then tell {@link #oauth()} its {@code api_domain}.
   *
   * @param oauthClient the registered OAuth app
   */
  public PipedriveApi(
      Clock clock, String apiToken, OAuthGrants.Client oauthClient, PdLimits.Config limitConfig) {
    this.records = new PdRecords(clock, schema);
    this.values = new PdValues(schema);
    this.accessTokens = new TokenRegistry(clock, Duration.ofHours(1));
    this.oauth = new PdOAuth(clock, accessTokens, oauthClient);
    this.limits = new PdLimits(clock, limitConfig);
    this.apiToken = apiToken;
    this.listing = new PdListing(records, clock);
    this.search = new PdSearch(records, schema);
  }

  /** A random 40-character lower-case hex string, like API tokens and custom field keys. */
  public static String randomHash() {
    byte[] bytes = new byte[20];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** The OAuth server. */
  public PdOAuth oauth() {
    return oauth;
  }

  /** The rate limits and token costs. */
  public PdLimits limits() {
    return limits;
  }

  /** The access tokens the server checks bearer tokens against. */
  public TokenRegistry tokens() {
    return accessTokens;
  }

  /** Creates a record through the API's checks (v2 shapes); returns its id. */
  public String insert(String entity, Map<String, Object> fields) {
    PdEntity e = PdEntity.parse(entity);
    return records.insert(e, values.changes(e, Json.MAPPER.valueToTree(fields))).id();
  }

  /** A live record in its API shape, or empty. */
  @SuppressWarnings("unchecked")
  public Optional<Map<String, Object>> record(String entity, String id) {
    PdEntity e = PdEntity.parse(entity);
    return records.all(e).stream()
        .filter(r -> r.id().equals(id) && !r.isDeleted())
        .findFirst()
        .map(r -> (Map<String, Object>) Json.MAPPER.convertValue(records.render(e, r), Map.class));
  }

  /** Live (not deleted) records of an entity, archived ones included. */
  public int count(String entity) {
    return (int) records.all(PdEntity.parse(entity)).stream().filter(r -> !r.isDeleted()).count();
  }

  /** Archives a deal or lead, as a user would in the UI. */
  public void archive(String entity, String id) {
    PdEntity e = PdEntity.parse(entity);
    StoredRecord r = records.live(e, id);
    records.update(e, r, Map.of("is_archived", Json.MAPPER.getNodeFactory().booleanNode(true)));
  }

  /** Deletes a record, as a user would in the UI. */
  public void delete(String entity, String id) {
    PdEntity e = PdEntity.parse(entity);
    records.delete(e, records.live(e, id));
  }

  /** Adds a custom field; returns its 40-character hash key. */
  public String addCustomField(String entity, String name, String type, List<String> options) {
    return schema.addCustom(PdEntity.parse(entity), name, type, options).key();
  }

  @Override
  public FakeResponse handle(FakeRequest request) {
    List<String> s = request.segments();
    if (s.size() == 2 && s.get(0).equals("oauth")) {
      if (s.get(1).equals("token") && request.method().equals("POST")) {
        return oauth.token(request);
      }
      if (s.get(1).equals("authorize") && request.method().equals("GET")) {
        return oauth.authorize(request);
      }
    }
    String first = s.isEmpty() ? "" : s.get(0);
    int skip =
        first.equals("v1")
            ? 1
            : first.equals("api") && s.size() >= 2 && s.get(1).matches("v[12]") ? 2 : 0;
    if (skip == 0) {
      return PdErrors.error(404, "Not found");
    }
    return api(request, s.get(skip - 1).equals("v2"), s.subList(skip, s.size()));
  }

  @Override
  public FakeResponse errorResponse(int status) {
    return PdErrors.forStatus(status);
  }

  private FakeResponse api(FakeRequest request, boolean isV2, List<String> rest) {
    Caller caller = caller(request);
    if (caller.refusal() != null) {
      return caller.refusal();
    }
    int cost = PdLimits.cost(isV2, request.method(), rest);
    boolean search = rest.size() == 2 && rest.get(1).equals("search");
    FakeResponse refused = limits.admit(caller.token(), caller.apiToken(), cost, search);
    if (refused != null) {
      return refused;
    }
    FakeResponse response;
    try {
      response = route(request, isV2, rest);
    } catch (PdFailure f) {
      response = f.response();
    } catch (JsonProcessingException e) {
      response = PdErrors.error(400, "Request body is not valid JSON");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return limits.headers(response, caller.token(), caller.apiToken());
  }

  private record Caller(String token, boolean apiToken, FakeResponse refusal) {}

  private Caller caller(FakeRequest request) {
    String header = request.header("x-api-token");
    String given = header != null ? header : request.param("api_token");
    if (given != null) {
      return given.equals(apiToken)
          ? new Caller("api:" + given, true, null)
          : new Caller(null, true, PdErrors.unauthorized());
    }
    String auth = request.header("authorization");
    if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      String bearer = auth.substring(7).trim();
      if (accessTokens.isValid(bearer) && !bearer.equals(apiToken)) {
        return new Caller("oauth:" + bearer, false, null);
      }
      return new Caller(null, false, PdErrors.invalidAccessToken());
    }
    if (auth != null) {
      return new Caller(
          null, false, PdErrors.error(400, "Invalid request: malformed authorization header"));
    }
    return new Caller(null, true, PdErrors.unauthorized());
  }

  /**
   * Answers a request; {@code s} are the segments after {@code v1} or {@code api/v2}. v2 archived
   * listing is deals' (GET only), v1's is leads'; v1 updates leads by PATCH and notes by PUT.
   */
  private FakeResponse route(FakeRequest request, boolean v2, List<String> s) throws Exception {
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
