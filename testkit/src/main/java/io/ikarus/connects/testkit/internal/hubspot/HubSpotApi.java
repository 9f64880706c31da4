package io.ikarus.connects.testkit.internal.hubspot;

import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.VendorApi;
import io.ikarus.connects.testkit.internal.oauth.TokenRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * The whole fake HubSpot account behind one method, {@link #handle(FakeRequest)}: auth, rate
 * limits, content-type checks, and every endpoint. Thread-safe.
 */
public final class HubSpotApi implements VendorApi {

  /** The path shapes of {@link #route}, for telling 405 from 404. */
  private static final Set<String> ROUTES =
      Set.of(
          "v3/objects/*",
          "v3/objects/*/*",
          "v3/objects/*/search",
          "v3/objects/*/batch/*",
          "v3/properties/*",
          "v3/properties/*/*");

  private final Schema schema = Schema.standard();
  private final Records store;
  private final Tokens tokens;
  private final Writes writes;
  private final FormsHandler forms;
  private final ObjectsHandler objects;
  private final BatchHandler batches;
  private final SearchHandler search;
  private final Associations associations;
  private volatile RateLimits limits;

  /** An empty account on {@code clock}, its OAuth access tokens kept in {@code registry}. */
  public HubSpotApi(Clock clock, TokenRegistry registry) {
    this.store = new Records(schema, clock);
    this.tokens = new Tokens(clock, registry);
    this.writes = new Writes(schema, store);
    this.forms = new FormsHandler(schema, writes);
    this.associations = new Associations(schema, store, clock);
    this.objects = new ObjectsHandler(store, writes, associations);
    this.batches = new BatchHandler(store, writes, associations, clock);
    this.search = new SearchHandler(schema, store);
  }

  /** The object types and properties. */
  public Schema schema() {
    return schema;
  }

  /** The records. */
  public Records store() {
    return store;
  }

  /** The write rules (validation, unique values), for seeding data. */
  public Writes writes() {
    return writes;
  }

  /** The accepted credentials. */
  public Tokens tokens() {
    return tokens;
  }

  /** The forms. */
  public FormsHandler forms() {
    return forms;
  }

  /** The batch endpoints, whose trace-id echo a test may switch on. */
  public BatchHandler batches() {
    return batches;
  }

  /** Turns rate limiting on with {@code limits}, or off with null. */
  public void rateLimits(RateLimits limits) {
    this.limits = limits;
  }

  /**
   * Answers one request, rate-limited from its arrival ({@link FakeRequest#receivedNanos()}), so
   * that a request waiting for the server counts from its arrival, as at HubSpot. The journal
   * counts a successful batch's inputs as its records, any other success as one.
   */
  @Override
  public FakeResponse handle(FakeRequest call) {
    FakeResponse reply;
    try {
      reply = dispatch(call);
    } catch (BadRequest e) {
      reply = e.reply();
    }
    boolean batch = call.segments().contains("batch");
    return reply.records(reply.status() >= 300 ? 0 : batch ? reply.records() : 1);
  }

  @Override
  public FakeResponse errorResponse(int status) {
    if (status == 429) {
      return Wire.rateLimited("TEN_SECONDLY_ROLLING");
    }
    String category =
        switch (status) {
          case 401 -> "INVALID_AUTHENTICATION";
          case 403 -> "MISSING_SCOPES";
          case 404 -> "OBJECT_NOT_FOUND";
          case 409 -> "CONFLICT";
          default -> status >= 500 ? null : "VALIDATION_ERROR";
        };
    String message = status >= 500 ? "internal error" : "request refused (HTTP " + status + ")";
    return new BadRequest(status, category, message).reply();
  }

  private FakeResponse dispatch(FakeRequest call) {
    String first = call.segment(0);
    if ("oauth".equals(first) && "token".equals(call.segment(2)) && call.method().equals("POST")) {
      return tokens.token(call);
    }
    boolean isForm = "submissions".equals(first) && "integration".equals(call.segment(2));
    boolean secureForm = isForm && "secure".equals(call.segment(3));
    if (!"crm".equals(first) && !isForm) {
      throw notFound(call);
    }
    if (!isForm || secureForm) {
      tokens.authenticate(call.header("Authorization"));
    }
    requireJson(call);
    if (isForm) {
      int at = secureForm ? 5 : 4;
      return forms.submit(call.segment(at), call.segment(at + 1), call.body());
    }
    return limited(call);
  }

  private FakeResponse limited(FakeRequest call) {
    RateLimits l = limits;
    boolean search = "search".equals(call.segment(4)) && "objects".equals(call.segment(2));
    FakeResponse refused = l == null ? null : l.admit(search, call.receivedNanos());
    if (refused != null) {
      return refused;
    }
    FakeResponse reply;
    try {
      reply = route(call);
    } catch (BadRequest e) {
      reply = e.reply();
    }
    return l == null || search ? reply : l.headers(reply);
  }

  /** Throws a 415 when a call with a body does not say it is JSON. */
  private static void requireJson(FakeRequest call) {
    boolean hasBody =
        call.method().equals("POST")
            || call.method().equals("PATCH")
            || (call.method().equals("PUT") && !call.body().isEmpty());
    String type = call.header("Content-Type");
    if (hasBody && (type == null || !type.startsWith("application/json"))) {
      throw new BadRequest(
          415, null, "Unsupported Media Type: expected application/json, got " + type);
    }
  }

  /** Routes a {@code /crm/v3} or {@code /crm/v4} call by its method and path shape. */
  private FakeResponse route(FakeRequest call) {
    String shape = shape(call.segments());
    if (shape.startsWith("v4/objects/") && "associations".equals(call.segment(5))) {
      return associations.handle(call);
    }
    if (!ROUTES.contains(shape)) {
      throw notFound(call);
    }
    ObjectType type = schema.type(call.segment(3));
    String id = call.segment(4);
    return switch (call.method() + " " + shape) {
      case "GET v3/objects/*" -> objects.list(type, call);
      case "POST v3/objects/*" -> objects.create(type, call.body());
      case "GET v3/objects/*/*" -> objects.read(type, id, call);
      case "PATCH v3/objects/*/*" -> objects.update(type, id, call);
      case "DELETE v3/objects/*/*" -> objects.archive(type, id);
      case "POST v3/objects/*/search" -> search.search(type, call.body());
      case "POST v3/objects/*/batch/*" -> batches.handle(type, call.segment(5), call);
      case "GET v3/properties/*" -> schema.listReply(type);
      case "POST v3/properties/*" -> schema.createReply(type, call.body());
      case "GET v3/properties/*/*" -> schema.readReply(type, id);
      default -> throw notAllowed(call);
    };
  }

  /** The path after {@code crm}, its type, id and batch action segments as {@code *}. */
  private static String shape(List<String> segments) {
    StringBuilder shape = new StringBuilder();
    for (int i = 1; i < segments.size(); i++) {
      String s = segments.get(i);
      boolean fixed = i < 3 || (i == 4 && (s.equals("search") || s.equals("batch")));
      shape.append(i > 1 ? "/" : "").append(fixed ? s : "*");
    }
    return shape.toString();
  }

  private static BadRequest notFound(FakeRequest call) {
    return new BadRequest(
        404, null, "No route for " + call.method() + " /" + String.join("/", call.segments()));
  }

  private static BadRequest notAllowed(FakeRequest call) {
    return new BadRequest(
        405,
        null,
        "Method " + call.method() + " is not allowed on /" + String.join("/", call.segments()));
  }
}
