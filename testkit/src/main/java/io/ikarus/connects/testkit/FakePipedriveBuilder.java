package io.ikarus.connects.testkit;

import io.ikarus.connects.testkit.internal.pipedrive.PdLimits;
import io.ikarus.connects.testkit.internal.pipedrive.PipedriveApi;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Configures a {@link FakePipedrive}. Defaults follow Pipedrive: plan Growth with one seat (40
 * requests per 2 s for an API token, 160 for OAuth, 60,000 tokens a day), limits on, Cloudflare's
 * block after 10 refused requests in a row, budget reset at midnight UTC; a random API token; the
 * system clock; a free port. Not thread-safe.
 */
public final class FakePipedriveBuilder extends FakeBuilder<FakePipedrive, FakePipedriveBuilder> {
  String apiToken = PipedriveApi.randomHash();
  String clientId = "b8a1d2c3e4f50617";
  String clientSecret = "fake-pipedrive-client-secret";
  String redirectUri = "https://app.example.com/oauth/callback";
  private FakePipedrive.Plan plan = FakePipedrive.Plan.GROWTH;
  private int seats = 1;
  private long dailyBudget = -1;
  private boolean limited = true;
  private ZoneId serverZone = ZoneOffset.UTC;
  private int cloudflareAfter = 10;

  FakePipedriveBuilder() {}

  /** The API token accepted. Default: a random 40-character hex token. */
  public FakePipedriveBuilder apiToken(String token) {
    this.apiToken = Objects.requireNonNull(token, "token");
    return this;
  }

  /**
   * The registered OAuth app. Its callback must be an http(s) URL: Pipedrive also sends uninstall
   * notifications there as HTTP {@code DELETE}s.
   *
   * @throws IllegalArgumentException if {@code redirectUri} is not an http(s) URL
   */
  public FakePipedriveBuilder oauthClient(
      String clientId, String clientSecret, String redirectUri) {
    Objects.requireNonNull(redirectUri, "redirectUri");
    if (HttpUrl.parse(redirectUri) == null) {
      throw new IllegalArgumentException("redirectUri is not an http(s) URL: " + redirectUri);
    }
    this.clientId = Objects.requireNonNull(clientId, "clientId");
    this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
    this.redirectUri = redirectUri;
    return this;
  }

  /** The plan (burst limits and budget multiplier) and seat count. Default Growth, 1 seat. */
  public FakePipedriveBuilder plan(FakePipedrive.Plan plan, int seats) {
    this.plan = Objects.requireNonNull(plan, "plan");
    this.seats = seats;
    return this;
  }

  /** Overrides the daily token budget (default: the plan's formula). */
  public FakePipedriveBuilder dailyBudget(long tokens) {
    this.dailyBudget = tokens;
    return this;
  }

  /** The zone whose midnight resets the budget (the server's). Default UTC. */
  public FakePipedriveBuilder serverZone(ZoneId zone) {
    this.serverZone = Objects.requireNonNull(zone, "zone");
    return this;
  }

  /** Easier world: no 429s at all (headers and cost accounting stay). */
  public FakePipedriveBuilder unlimited() {
    this.limited = false;
    return this;
  }

  /**
   * Whether API-token clients that send more than 10 requests in a row into 429s get Cloudflare's
   * 403 HTML page for a minute. Default true, as at Pipedrive.
   */
  public FakePipedriveBuilder cloudflareBlocking(boolean on) {
    this.cloudflareAfter = on ? 10 : 0;
    return this;
  }

  @Override
  public FakePipedrive start() {
    return new FakePipedrive(this);
  }

  PdLimits.Config limitConfig() {
    long budget = dailyBudget >= 0 ? dailyBudget : plan.dailyBudget(seats);
    return new PdLimits.Config(
        limited, plan.apiTokenBurst(), plan.oauthBurst(), budget, serverZone, cloudflareAfter);
  }
}
