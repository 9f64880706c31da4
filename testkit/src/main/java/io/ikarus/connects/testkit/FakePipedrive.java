package io.ikarus.connects.testkit;

import io.ikarus.connects.testkit.internal.oauth.OAuthGrants;
import io.ikarus.connects.testkit.internal.pipedrive.PipedriveApi;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A stateful in-process Pipedrive company speaking the real wire format: the API token ({@code
 * x-api-token} header or {@code api_token} query) and OAuth ({@code /oauth/authorize}, {@code
 * /oauth/token} with HTTP Basic client auth, refresh re-issuing the same refresh token, {@code
 * api_domain} pointing here); API v2 deals, persons, organizations, activities and products with
 * cursor pages, {@code updated_since}/{@code updated_until}, {@code deals/archived}, deleted deals
 * via {@code status=deleted}, search with {@code exact_match}, and the Fields API; v1 leads, notes,
 * lead fields and recents with offset pages; custom fields keyed by 40-character hashes;
 * Pipedrive's error bodies; and the token-cost rate limits (per-endpoint costs, the plan's 2-second
 * burst window, the daily budget, {@code x-ratelimit-*} headers, two kinds of 429 and Cloudflare's
 * 403 page for clients that keep sending after 429s). {@link #url()} is the company domain: API,
 * OAuth server and {@code api_domain}.
 *
 * <p>Strict by default, like Pipedrive: v2 refuses numeric strings and 1/0 booleans, v1 endpoints
 * that have a v2 twin answer 410, limits are on (plan {@link Plan#GROWTH}, one seat). Easier worlds
 * are named switches on the {@link FakePipedriveBuilder}: {@link FakePipedriveBuilder#unlimited()},
 * {@link FakePipedriveBuilder#cloudflareBlocking(boolean)}.
 *
 * <pre>{@code
 * try (FakePipedrive pd = FakePipedrive.start()) {
 *   // API token: pd.apiToken(); base: pd.url() + "/api/v2" and pd.url() + "/v1"
 *   String budget = pd.addCustomField("deals", "Budget", "double");
 *   assertThat(pd.journal().count("POST", "/api/v2/persons")).isEqualTo(1);
 * }
 * }</pre>
 *
 * <p>Built on the test kit foundation: {@link #journal()}, {@link #faults()} and {@link
 * MutableClock} work as for every fake. Thread-safe; requests are executed one at a time.
 */
public final class FakePipedrive extends AbstractFake {

  /**
   * Pipedrive plans: burst per 2 s for API-token traffic (OAuth apps get 4x) and budget multiplier.
   */
  public enum Plan {
    /** Lite: 20 / 80 requests per 2 s, multiplier 1. */
    LITE(20, 1),
    /** Growth: 40 / 160 requests per 2 s, multiplier 2. */
    GROWTH(40, 2),
    /** Premium: 100 / 400 requests per 2 s, multiplier 5. */
    PREMIUM(100, 5),
    /** Ultimate: 120 / 480 requests per 2 s, multiplier 7. */
    ULTIMATE(120, 7);

    private final int apiTokenBurst;
    private final int multiplier;

    Plan(int apiTokenBurst, int multiplier) {
      this.apiTokenBurst = apiTokenBurst;
      this.multiplier = multiplier;
    }

    /** Requests per rolling 2 s for API-token traffic. */
    public int apiTokenBurst() {
      return apiTokenBurst;
    }

    /** Requests per rolling 2 s for OAuth traffic: four times the API-token burst. */
    public int oauthBurst() {
      return 4 * apiTokenBurst;
    }

    /** The daily token budget for {@code seats}: 30,000 x multiplier x seats. */
    public long dailyBudget(int seats) {
      return 30_000L * multiplier * seats;
    }
  }

  private final FakePipedriveBuilder config;
  private final PipedriveApi api;

  FakePipedrive(FakePipedriveBuilder b) {
    super(b.clock);
    this.config = b;
    this.api =
        new PipedriveApi(
            b.clock,
            b.apiToken,
            new OAuthGrants.Client(b.clientId, b.clientSecret, b.redirectUri),
            b.limitConfig());
    api.oauth().apiDomain(serve(api, api.tokens(), b.port).url());
    if (b.sampleData) {
      seed();
    }
  }

  /** Starts a fake with the defaults on a free port. */
  public static FakePipedrive start() {
    return builder().start();
  }

  /** Starts configuring a fake. */
  public static FakePipedriveBuilder builder() {
    return new FakePipedriveBuilder();
  }

  /** The OAuth token endpoint, {@code <url>/oauth/token}. */
  public String tokenUrl() {
    return url() + "/oauth/token";
  }

  /** The OAuth consent endpoint, {@code <url>/oauth/authorize}. */
  public String authorizeUrl() {
    return url() + "/oauth/authorize";
  }

  /** The personal API token the fake accepts. */
  public String apiToken() {
    return config.apiToken;
  }

  /** The OAuth app's client id. */
  public String clientId() {
    return config.clientId;
  }

  /** The OAuth app's client secret (a fake's). */
  public String clientSecret() {
    return config.clientSecret;
  }

  /** The OAuth app's registered redirect URI. */
  public String redirectUri() {
    return config.redirectUri;
  }

  /** Issues an authorization code, as the consent screen would. */
  public String issueAuthorizationCode() {
    return locked(() -> api.oauth().issueCode(config.redirectUri));
  }

  /** Issues a refresh token, as a completed app install would. */
  public String issueRefreshToken() {
    return locked(() -> api.oauth().issueRefreshToken());
  }

  /**
   * Adds a custom field and returns its 40-character hash key.
   *
   * @param entity {@code deals}, {@code persons}, {@code organizations}, {@code products} (leads
   *     use the deal fields)
   * @param type a custom field type: {@code varchar}, {@code text}, {@code double}, {@code
   *     monetary}, {@code enum}, {@code set}, {@code date}, ...
   */
  public String addCustomField(String entity, String name, String type) {
    return addCustomField(entity, name, type, List.of());
  }

  /** Adds an {@code enum} or {@code set} custom field with option labels; returns its key. */
  public String addCustomField(String entity, String name, String type, List<String> options) {
    return locked(() -> api.addCustomField(entity, name, type, options));
  }

  /** Creates a record through the API's checks (v2 shapes) and returns its id. */
  public String insert(String entity, Map<String, Object> fields) {
    return locked(() -> api.insert(entity, fields));
  }

  /** A live record in its API's JSON shape, or empty when absent or deleted. */
  public Optional<Map<String, Object>> record(String entity, String id) {
    return locked(() -> api.record(entity, id));
  }

  /** How many records of {@code entity} are not deleted (archived ones count). */
  public int count(String entity) {
    return locked(() -> api.count(entity));
  }

  /** Archives a deal or lead, as a user would in the web app. */
  public void archive(String entity, String id) {
    inLock(() -> api.archive(entity, id));
  }

  /** Deletes a record, as a user would in the web app. */
  public void delete(String entity, String id) {
    inLock(() -> api.delete(entity, id));
  }

  /** Tokens charged today against the company's daily budget. */
  public long tokensUsedToday() {
    return locked(() -> api.limits().usedToday());
  }

  @Override
  String describe() {
    return """
        pipedrive   %1$s
          API v2 / v1    %1$s/api/v2  %1$s/v1
          API token      %2$s  (header x-api-token)
          token URL      %3$s
          client id      %4$s
          client secret  %5$s
        """
        .formatted(url(), apiToken(), tokenUrl(), clientId(), clientSecret());
  }

  private void seed() {
    String org = insert("organizations", Map.of("name", "Acme Ltd"));
    for (int i = 1; i <= 5; i++) {
      String person =
          insert(
              "persons",
              Map.of(
                  "name", "Sample Person " + i,
                  "org_id", Long.parseLong(org),
                  "emails",
                      List.of(Map.of("value", "sample" + i + "@example.com", "primary", true))));
      insert("deals", Map.of("title", "Sample deal " + i, "person_id", Long.parseLong(person)));
    }
  }
}
