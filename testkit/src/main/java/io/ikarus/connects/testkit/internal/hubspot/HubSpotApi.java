package io.ikarus.connects.testkit.internal.hubspot;

import io.ikarus.connects.testkit.internal.TokenRegistry;
import java.time.Clock;

/**
 * The whole fake HubSpot account behind one method, {@link #handle(Call)}: auth, rate limits,
 * content-type checks, and every endpoint. Thread-safe.
 */
public final class HubSpotApi {

  private final Schema schema = Schema.standard();
  private final Store store;
  private final Tokens tokens;
  private final Writes writes;
  private final FormsHandler forms;
  private final OAuthHandler oauth;
  private final Router router;
  private final BatchHandler batches;
  private volatile RateLimits limits;

  /** An empty account on {@code clock}, its OAuth access tokens kept in {@code registry}. */
  public HubSpotApi(Clock clock, TokenRegistry registry) {
    this.store = new Store(schema, clock);
    this.tokens = new Tokens(registry);
    this.writes = new Writes(schema, store);
    this.forms = new FormsHandler(schema, store, writes);
    this.oauth = new OAuthHandler(tokens);
    Associations associations = new Associations(schema, store);
    this.batches = new BatchHandler(store, writes, clock);
    this.router =
        new Router(
            schema,
            new ObjectsHandler(store, writes, associations),
            batches,
            new SearchHandler(schema, store),
            new PropertiesHandler(schema),
            new AssociationsHandler(schema, associations, clock));
  }

  /** The object types and properties. */
  public Schema schema() {
    return schema;
  }

  /** The records. */
  public Store store() {
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

  /** Answers one request. */
  public Reply handle(Call call) {
    return handle(call, -1);
  }

  /**
   * Answers one request that arrived at {@code arrivedMillis} on the rate limits' clock (-1 for
   * now), so that a request waiting for the server counts from its arrival, as at HubSpot.
   */
  public Reply handle(Call call, long arrivedMillis) {
    try {
      return dispatch(call, arrivedMillis);
    } catch (BadRequest e) {
      return e.reply();
    }
  }

  private Reply dispatch(Call call, long arrivedMillis) {
    String first = call.segment(0);
    if ("oauth".equals(first) && "token".equals(call.segment(2)) && call.method().equals("POST")) {
      return oauth.token(call);
    }
    boolean isForm = "submissions".equals(first) && "integration".equals(call.segment(2));
    boolean secureForm = isForm && "secure".equals(call.segment(3));
    if (!"crm".equals(first) && !isForm) {
      return Router.notFound(call);
    }
    if (!isForm || secureForm) {
      Reply denied = authenticate(call);
      if (denied != null) {
        return denied;
      }
    }
    Reply wrongType = requireJson(call);
    if (wrongType != null) {
      return wrongType;
    }
    if (isForm) {
      int at = secureForm ? 5 : 4;
      return forms.submit(call.segment(at), call.segment(at + 1), call.body());
    }
    return limited(call, arrivedMillis);
  }

  private Reply limited(Call call, long arrivedMillis) {
    RateLimits l = limits;
    boolean search = "search".equals(call.segment(4)) && "objects".equals(call.segment(2));
    Reply refused =
        l == null ? null : l.admit(search, arrivedMillis >= 0 ? arrivedMillis : l.now());
    if (refused != null) {
      return refused;
    }
    Reply reply;
    try {
      reply = router.route(call);
    } catch (BadRequest e) {
      reply = e.reply();
    }
    return l == null || search ? reply : l.headers(reply);
  }

  private Reply authenticate(Call call) {
    return switch (tokens.check(call.header("Authorization"))) {
      case VALID -> null;
      case MISSING ->
          Errors.reply(
              401,
              "INVALID_AUTHENTICATION",
              "Authentication credentials not found. This API supports OAuth 2.0 authentication and"
                  + " you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview",
              null);
      case INVALID ->
          Errors.reply(401, "INVALID_AUTHENTICATION", "The token provided is not valid.", null);
      case EXPIRED ->
          Errors.reply(
              401,
              "EXPIRED_AUTHENTICATION",
              "The OAuth token used to make this call expired.",
              null);
    };
  }

  private static Reply requireJson(Call call) {
    boolean hasBody =
        call.method().equals("POST")
            || call.method().equals("PATCH")
            || (call.method().equals("PUT") && !call.body().isEmpty());
    String type = call.header("Content-Type");
    if (hasBody && (type == null || !type.startsWith("application/json"))) {
      return Errors.reply(
          415, null, "Unsupported Media Type: expected application/json, got " + type, null);
    }
    return null;
  }
}
