package io.ikarus.connects.salesforce.internal;

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

  /** Calls left; never negative (Salesforce lets an org exceed its allocation briefly). */
  public long remaining() {
    return Math.max(0, max - used);
  }
}
