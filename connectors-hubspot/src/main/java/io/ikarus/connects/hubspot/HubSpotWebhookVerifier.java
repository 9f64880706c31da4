package io.ikarus.connects.hubspot;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies HubSpot's v3 request signature ({@code X-HubSpot-Signature-v3}) on webhooks and other
 * requests HubSpot sends to your app.
 *
 * <p>The signature is the Base64 HMAC-SHA256, keyed by the app's client secret, of {@code method +
 * uri + body + timestamp} (UTF-8, no separators), where {@code uri} is the full URL HubSpot called
 * with the percent-escapes {@code %3A %2F %3F %40 %21 %24 %27 %28 %29 %2A %2C %3B} decoded, and
 * {@code timestamp} is the {@code X-HubSpot-Request-Timestamp} header (milliseconds). A request
 * whose timestamp is more than the maximum age (5 minutes) away from now is refused, so a captured
 * request cannot be replayed later. Signatures are compared in constant time.
 *
 * <p>Pass the URL exactly as HubSpot called it (the public {@code https} URL, not one rebuilt
 * behind a proxy) and the raw body text, not re-serialized JSON. Immutable and thread-safe; {@link
 * #toString()} never shows the secret.
 *
 * <pre>{@code
 * HubSpotWebhookVerifier verifier = HubSpotWebhookVerifier.builder(clientSecret).build();
 * HubSpotWebhookVerifier.Result r = verifier.verify("POST", "https://example.com/hooks/hubspot",
 *     rawBody, request.getHeader("X-HubSpot-Signature-v3"),
 *     request.getHeader("X-HubSpot-Request-Timestamp"));
 * if (!r.valid()) {
 *   respond(401, r.reason());
 * }
 * }</pre>
 */
public final class HubSpotWebhookVerifier {

  /** The signature header's name. */
  public static final String SIGNATURE_HEADER = "X-HubSpot-Signature-v3";

  /** The timestamp header's name. */
  public static final String TIMESTAMP_HEADER = "X-HubSpot-Request-Timestamp";

  private static final Map<String, String> DECODED =
      Map.ofEntries(
          Map.entry("%3A", ":"),
          Map.entry("%2F", "/"),
          Map.entry("%3F", "?"),
          Map.entry("%40", "@"),
          Map.entry("%21", "!"),
          Map.entry("%24", "$"),
          Map.entry("%27", "'"),
          Map.entry("%28", "("),
          Map.entry("%29", ")"),
          Map.entry("%2A", "*"),
          Map.entry("%2C", ","),
          Map.entry("%3B", ";"));

  /**
   * The outcome of a verification.
   *
   * @param valid true when the request is authentic and fresh
   * @param reason why it was refused; null when valid
   */
  public record Result(boolean valid, String reason) {

    static Result ok() {
      return new Result(true, null);
    }

    static Result refused(String reason) {
      return new Result(false, reason);
    }
  }

  private final byte[] secret;
  private final Clock clock;
  private final Duration maxAge;

  private HubSpotWebhookVerifier(Builder b) {
    this.secret = b.secret.getBytes(StandardCharsets.UTF_8);
    this.clock = b.clock;
    this.maxAge = b.maxAge;
  }

  /** A builder for a verifier keyed by the app's client secret. */
  public static Builder builder(String clientSecret) {
    return new Builder(clientSecret);
  }

  /**
   * Verifies one request.
   *
   * @param method the HTTP method, such as {@code POST}
   * @param uri the full URL HubSpot called, with scheme, host, path and query
   * @param body the raw request body text; empty for none
   * @param signature the {@code X-HubSpot-Signature-v3} header, or null when absent
   * @param timestamp the {@code X-HubSpot-Request-Timestamp} header, or null when absent
   * @return the result, never null; a refusal carries the reason
   */
  public Result verify(String method, String uri, String body, String signature, String timestamp) {
    if (signature == null || signature.isBlank()) {
      return Result.refused("missing " + SIGNATURE_HEADER + " header");
    }
    if (timestamp == null || !timestamp.matches("\\d{1,15}")) {
      return Result.refused(
          timestamp == null
              ? "missing " + TIMESTAMP_HEADER + " header"
              : TIMESTAMP_HEADER + " is not a number of milliseconds");
    }
    long age = clock.millis() - Long.parseLong(timestamp);
    if (age > maxAge.toMillis()) {
      return Result.refused("timestamp is " + age + " ms old, beyond the " + maxAge + " limit");
    }
    if (-age > maxAge.toMillis()) {
      return Result.refused("timestamp is " + -age + " ms in the future, beyond " + maxAge);
    }
    byte[] expected = signature(method, uri, body, timestamp).getBytes(StandardCharsets.UTF_8);
    boolean same =
        MessageDigest.isEqual(expected, signature.trim().getBytes(StandardCharsets.UTF_8));
    return same ? Result.ok() : Result.refused("signature does not match the request");
  }

  /**
   * Computes the v3 signature HubSpot would send for a request; useful to sign test requests.
   *
   * @param timestamp the timestamp header value, milliseconds since the epoch
   */
  public String signature(String method, String uri, String body, String timestamp) {
    String source =
        method.toUpperCase(Locale.ROOT)
            + decodeUri(Objects.requireNonNull(uri, "uri"))
            + Objects.requireNonNullElse(body, "")
            + timestamp;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(source.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }

  /** Decodes the percent-escapes HubSpot's v3 signing decodes; any other escape is kept. */
  static String decodeUri(String uri) {
    StringBuilder out = new StringBuilder(uri.length());
    for (int i = 0; i < uri.length(); i++) {
      String escape = i + 3 <= uri.length() ? uri.substring(i, i + 3).toUpperCase(Locale.ROOT) : "";
      String decoded = DECODED.get(escape);
      if (decoded != null) {
        out.append(decoded);
        i += 2;
      } else {
        out.append(uri.charAt(i));
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "HubSpotWebhookVerifier{secret=***, maxAge=" + maxAge + '}';
  }

  /** Builds a {@link HubSpotWebhookVerifier}. Not thread-safe. */
  public static final class Builder {
    private final String secret;
    private Clock clock = Clock.systemUTC();
    private Duration maxAge = Duration.ofMinutes(5);

    private Builder(String secret) {
      if (secret == null || secret.isEmpty()) {
        throw new IllegalArgumentException("clientSecret must not be empty");
      }
      this.secret = secret;
    }

    /** The clock that judges timestamps. Default: the UTC system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The largest accepted distance between the timestamp and now. Default: 5 minutes. */
    public Builder maxAge(Duration maxAge) {
      if (maxAge == null || maxAge.isNegative() || maxAge.isZero()) {
        throw new IllegalArgumentException("maxAge must be positive: " + maxAge);
      }
      this.maxAge = maxAge;
      return this;
    }

    /** Builds the verifier. */
    public HubSpotWebhookVerifier build() {
      return new HubSpotWebhookVerifier(this);
    }
  }
}
