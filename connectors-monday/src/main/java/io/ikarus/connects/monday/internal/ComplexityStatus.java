package io.ikarus.connects.monday.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.ServerException;
import io.ikarus.connects.spi.ApiResponse;
import io.ikarus.connects.spi.RateLimitStatus;
import java.time.Duration;
import java.util.List;

/**
 * Reads the {@code complexity} field every document asks for into the status of the {@code
 * "complexity"} rate-limit bucket. When what is left cannot pay for the largest request the
 * connector sends, it reports the budget as spent, so the next request waits for the reset instead
 * of being refused by monday.
 */
public final class ComplexityStatus {

  /** The bucket monday's complexity is drawn from. */
  public static final String BUCKET = "complexity";

  private final long budget;
  private final long largestRequest;

  /** Creates the parser for a per-minute {@code budget} and the largest request cost. */
  public ComplexityStatus(long budget, long largestRequest) {
    this.budget = budget;
    this.largestRequest = largestRequest;
  }

  /** The status carried by a response, if it has the field. */
  public List<RateLimitStatus> parse(ApiResponse response) {
    JsonNode complexity;
    try {
      complexity =
          GraphQlResponse.read(response.body(), ErrorContext.of("monday", null))
              .path("data")
              .path("complexity");
    } catch (ServerException e) {
      return List.of();
    }
    if (!complexity.has("after") || !complexity.has("reset_in_x_seconds")) {
      return List.of();
    }
    long after = complexity.get("after").asLong();
    long remaining = after < largestRequest ? 0 : after;
    Duration reset = Duration.ofSeconds(complexity.get("reset_in_x_seconds").asLong());
    return List.of(new RateLimitStatus(BUCKET, remaining, budget, reset));
  }
}
