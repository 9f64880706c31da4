package io.ikarus.connects.salesforce.internal;

import io.ikarus.connects.spi.ApiResponse;
import io.ikarus.connects.spi.RateLimitStatus;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The org's daily API budget as reported by {@code Sforce-Limit-Info: api-usage=<used>/<max>}
 * (optionally followed by {@code ; per-app-api-usage=...} or {@code ; api-bursts=...}).
 *
 * @param used calls used in the rolling 24 hours
 * @param max the org's allocation
 */
public record LimitInfo(long used, long max) {

  /** The response header that carries it. */
  public static final String HEADER = "Sforce-Limit-Info";

  private static final Duration DAILY_WINDOW = Duration.ofHours(24);

  private static final Pattern API_USAGE =
      Pattern.compile("(?:^|[;\\s])api-usage=(\\d{1,18})/(\\d{1,18})");

  /** Parses the header value; empty when absent or not in the documented form. */
  public static Optional<LimitInfo> parse(String header) {
    if (header == null) {
      return Optional.empty();
    }
    Matcher m = API_USAGE.matcher(header);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(new LimitInfo(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))));
  }

  /**
   * The org's daily budget in {@code response}. The allocation is a rolling 24 hours, so the
   * remaining calls are reported as lasting 24 hours: when less than a tenth is left, the adaptive
   * limiter spreads the rest over that window instead of letting one integration exhaust the whole
   * org's quota ({@code RateLimitSettings.adaptive} off opts out).
   */
  public static List<RateLimitStatus> status(ApiResponse response) {
    return parse(response.header(HEADER))
        .map(l -> List.of(new RateLimitStatus("default", l.remaining(), l.max(), DAILY_WINDOW)))
        .orElse(List.of());
  }

  /** Calls left; never negative (Salesforce lets an org exceed its allocation briefly). */
  public long remaining() {
    return Math.max(0, max - used);
  }
}
