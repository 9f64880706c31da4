package io.ikarus.connects.pipedrive.internal;

import io.ikarus.connects.auth.AccessToken;
import io.ikarus.connects.auth.ApiKeyAuth;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.NotFoundException;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.pipedrive.PipedrivePlan;
import io.ikarus.connects.spi.ConnectorBuilder;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * The validated vendor settings of a Pipedrive connector (its builder keeps auth, options and
 * URLs), collected and checked by {@link Builder}.
 *
 * @param limits the burst limit and daily budget
 * @param writeConcurrency the most batch writes in flight at once
 * @param serverZone the zone whose midnight resets the daily budget
 * @param changeLookback how far before the newest stamp handed out {@code changesSince} starts
 * @param configuredUrl {@code ClientOptions.baseUrl}, else the builder's base URL; null for the
 *     token's {@code api_domain} or Pipedrive's API
 */
public record PipedriveSettings(
    PipedriveLimits limits,
    int writeConcurrency,
    ZoneId serverZone,
    Duration changeLookback,
    URI configuredUrl) {

  /**
   * The root calls go to: {@link #configuredUrl}, else the {@code api_domain} an OAuth token
   * response names, else {@link PipedriveLimits#API}.
   *
   * @param token the current token, or null for an unauthenticated request
   */
  public URI baseUrl(AccessToken token) {
    if (configuredUrl != null) {
      return configuredUrl;
    }
    String apiDomain = token == null ? null : token.attribute("api_domain");
    return apiDomain != null && !apiDomain.isBlank() ? URI.create(apiDomain) : PipedriveLimits.API;
  }

  /**
   * The object a configuration names, such as {@code DEAL}, as its API path ({@code deals}).
   *
   * @throws ValidationException naming the object when Pipedrive has none of that name (a
   *     configuration mistake, not a missing record)
   */
  public static String defaultObject(String object) {
    try {
      return Entity.of(object, ErrorContext.of(PipedriveParts.NAME, "config")).path();
    } catch (NotFoundException e) {
      throw new ValidationException(e.detail(), e.context(), List.of());
    }
  }

  /** A builder with the defaults: Lite plan, 1 seat, 8 writes at once, UTC, 1 minute lookback. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Collects and checks the settings behind {@code PipedriveConnector.Builder}; a setter throws
   * {@link IllegalArgumentException} naming the setting and the value at fault. Not thread-safe.
   */
  public static final class Builder {
    private PipedrivePlan plan = PipedrivePlan.LITE;
    private int seats = 1;
    private long dailyBudget = -1;
    private int burst = -1;
    private int writeConcurrency = 8;
    private ZoneId serverZone = ZoneOffset.UTC;

    private Builder() {}

    /** The plan and seats; the seats must be at least 1. */
    public Builder plan(PipedrivePlan plan, int seats) {
      plan.dailyBudget(seats);
      this.plan = Objects.requireNonNull(plan, "plan");
      this.seats = seats;
      return this;
    }

    /** The daily token budget, positive, replacing the plan's. */
    public Builder dailyBudget(long tokens) {
      if (tokens < 1) {
        throw new IllegalArgumentException("dailyBudget must be positive: " + tokens);
      }
      this.dailyBudget = tokens;
      return this;
    }

    /** Requests per rolling 2 s, positive, replacing the plan's. */
    public Builder burstLimit(int requests) {
      if (requests < 1) {
        throw new IllegalArgumentException("burstLimit must be positive: " + requests);
      }
      this.burst = requests;
      return this;
    }

    /** The zone whose midnight resets the budget. */
    public Builder serverZone(ZoneId zone) {
      this.serverZone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /** The most batch writes in flight at once, 1 to 100. */
    public Builder writeConcurrency(int calls) {
      if (calls < 1 || calls > 100) {
        throw new IllegalArgumentException("writeConcurrency must be 1..100: " + calls);
      }
      this.writeConcurrency = calls;
      return this;
    }

    /**
     * The settings with the builder base's: OAuth credentials pick the plan's OAuth burst limit
     * instead of the API token's; the lookback defaults to 1 minute; {@code ClientOptions.baseUrl}
     * wins over the builder's base URL.
     */
    public PipedriveSettings build(ConnectorBuilder<?> b) {
      boolean oauth = !(b.auth() instanceof ApiKeyAuth);
      int permits = burst > 0 ? burst : plan.burst(oauth);
      long budget = dailyBudget > 0 ? dailyBudget : plan.dailyBudget(seats);
      return new PipedriveSettings(
          new PipedriveLimits(permits, budget),
          writeConcurrency,
          serverZone,
          b.changeLookback().orElse(ChangeFeed.DEFAULT_LOOKBACK),
          b.options().baseUrl().orElse(b.baseUrl().orElse(null)));
    }
  }
}
