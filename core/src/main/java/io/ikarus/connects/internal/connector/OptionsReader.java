package io.ikarus.connects.internal.connector;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.ConfigurationException;
import io.ikarus.connects.resilience.RateLimitSettings;
import io.ikarus.connects.resilience.RetrySettings;
import io.ikarus.connects.spi.ConfigKeys;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code options} section of a connector configuration into {@link ClientOptions}: {@code
 * base_url}, {@code auth_url}, {@code api_version}, {@code timeout_ms} (read and whole-call
 * timeout), {@code max_attempts}, {@code max_concurrent} and {@code rate_limits} ({@code {"bucket":
 * {"permits": n, "period_ms": ms, "smooth": true}}}, replacing the vendor's limits). Other keys are
 * left to the connector.
 */
public final class OptionsReader {

  /** The option keys every connector understands. */
  public static final Set<String> KEYS =
      Set.of(
          "base_url",
          "auth_url",
          "api_version",
          "timeout_ms",
          "max_attempts",
          "max_concurrent",
          "rate_limits");

  private static final Set<String> BUCKET_KEYS = Set.of("permits", "period_ms", "smooth");

  private OptionsReader() {}

  /** Builds the options; a bad value is an error naming {@code options.<key>}. */
  public static ClientOptions read(Map<String, Object> options) {
    ClientOptions.Builder b = ClientOptions.builder();
    String baseUrl = string(options, "base_url");
    if (baseUrl != null) {
      b.baseUrl(uri(baseUrl, "base_url"));
    }
    String authUrl = string(options, "auth_url");
    if (authUrl != null) {
      b.authUrl(uri(authUrl, "auth_url"));
    }
    b.apiVersion(string(options, "api_version"));
    Long timeout = number(options, "timeout_ms");
    if (timeout != null) {
      b.readTimeout(Duration.ofMillis(timeout)).callTimeout(Duration.ofMillis(timeout));
    }
    Long attempts = number(options, "max_attempts");
    if (attempts != null) {
      b.retry(RetrySettings.builder().maxAttempts(attempts.intValue()).build());
    }
    RateLimitSettings limits = rateLimits(options);
    if (limits != null) {
      b.rateLimit(limits);
    }
    return b.build();
  }

  private static RateLimitSettings rateLimits(Map<String, Object> options) {
    Long maxConcurrent = number(options, "max_concurrent");
    Object buckets = options.get("rate_limits");
    if (maxConcurrent == null && buckets == null) {
      return null;
    }
    RateLimitSettings.Builder b = RateLimitSettings.builder();
    if (maxConcurrent != null) {
      b.maxConcurrent(maxConcurrent.intValue());
    }
    if (buckets != null) {
      if (!(buckets instanceof Map<?, ?> map)) {
        throw new IllegalArgumentException("options.rate_limits must be an object of buckets");
      }
      map.forEach((name, spec) -> b.bucket(name.toString(), bucket(name.toString(), spec)));
    }
    return b.build();
  }

  @SuppressWarnings("unchecked")
  private static RateLimitSettings.Bucket bucket(String name, Object spec) {
    String where = "rate_limits." + name;
    if (!(spec instanceof Map<?, ?>)) {
      throw new IllegalArgumentException("options." + where + " must be an object");
    }
    Map<String, Object> m = (Map<String, Object>) spec;
    ConfigKeys.requireKnown("options." + where, m, BUCKET_KEYS);
    Long permits = number(m, "permits", where);
    Long period = number(m, "period_ms", where);
    if (permits == null || period == null) {
      throw new IllegalArgumentException(
          "options." + where + " needs \"permits\" and \"period_ms\"");
    }
    boolean smooth = !Boolean.FALSE.equals(m.get("smooth"));
    try {
      return new RateLimitSettings.Bucket(permits, Duration.ofMillis(period), smooth);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("options." + where + ": " + e.getMessage(), e);
    }
  }

  private static String string(Map<String, Object> m, String key) {
    Object v = m.get(key);
    if (v == null || v instanceof String) {
      return (String) v;
    }
    throw new ConfigurationException("options." + key, "options." + key + " must be a string");
  }

  private static Long number(Map<String, Object> m, String key) {
    return number(m, key, null);
  }

  private static Long number(Map<String, Object> m, String key, String parent) {
    Object v = m.get(key);
    String name = "options." + (parent == null ? "" : parent + ".") + key;
    if (v == null) {
      return null;
    }
    long n = ConfigKeys.wholeNumber(name, v);
    if (n <= 0) {
      throw new ConfigurationException(name, name + " must be positive: " + v);
    }
    return n;
  }

  private static URI uri(String value, String key) {
    try {
      return URI.create(value.trim());
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(
          "options." + key, "options." + key + " is not a valid URL", e);
    }
  }
}
