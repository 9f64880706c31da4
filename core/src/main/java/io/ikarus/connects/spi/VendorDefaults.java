package io.ikarus.connects.spi;

import io.ikarus.connects.resilience.RateLimitSettings;
import io.ikarus.connects.resilience.RetrySettings;
import java.net.URI;
import java.util.Objects;

/**
 * What a connector knows about its vendor before any call: where the API and the token endpoint
 * are, the JWT audience, and the vendor's retry and rate-limit defaults. {@link
 * io.ikarus.connects.ClientOptions} overrides each of these. Immutable.
 *
 * <pre>{@code
 * VendorDefaults.builder()
 *     .baseUrl(URI.create("https://api.hubapi.com"))
 *     .tokenEndpoint(URI.create("https://api.hubapi.com/oauth/v1/token"))
 *     .rateLimit(RateLimitSettings.builder().bucket("default", 100, Duration.ofSeconds(10)).build())
 *     .build();
 * }</pre>
 */
public final class VendorDefaults {

  private final URI baseUrl;
  private final URI tokenEndpoint;
  private final String audience;
  private final RetrySettings retry;
  private final RateLimitSettings rateLimit;

  private VendorDefaults(Builder b) {
    this.baseUrl = b.baseUrl;
    this.tokenEndpoint = b.tokenEndpoint;
    this.audience = b.audience;
    this.retry = b.retry;
    this.rateLimit = b.rateLimit;
  }

  /** A builder with no URLs, default retries and no rate limit. */
  public static Builder builder() {
    return new Builder();
  }

  /** The API's base URL, or null when it is only known after authentication. */
  public URI baseUrl() {
    return baseUrl;
  }

  /** The token endpoint, or null when the vendor has none (static tokens). */
  public URI tokenEndpoint() {
    return tokenEndpoint;
  }

  /** The {@code aud} for JWT assertions, or null. */
  public String audience() {
    return audience;
  }

  /** The vendor's retry defaults. */
  public RetrySettings retry() {
    return retry;
  }

  /** The vendor's rate limits. */
  public RateLimitSettings rateLimit() {
    return rateLimit;
  }

  /** Builds {@link VendorDefaults}. Not thread-safe. */
  public static final class Builder {
    private URI baseUrl;
    private URI tokenEndpoint;
    private String audience;
    private RetrySettings retry = RetrySettings.defaults();
    private RateLimitSettings rateLimit = RateLimitSettings.unlimited();

    private Builder() {}

    /** The API's base URL. Default none (see {@link ConnectorParts.Builder#baseUrl}). */
    public Builder baseUrl(URI baseUrl) {
      this.baseUrl = checked(baseUrl, "baseUrl");
      return this;
    }

    /** The token endpoint. Default none. */
    public Builder tokenEndpoint(URI tokenEndpoint) {
      this.tokenEndpoint = checked(tokenEndpoint, "tokenEndpoint");
      return this;
    }

    /** The JWT audience. Default none. */
    public Builder audience(String audience) {
      this.audience = audience;
      return this;
    }

    /** The vendor's retry defaults. Default {@link RetrySettings#defaults()}. */
    public Builder retry(RetrySettings retry) {
      this.retry = Objects.requireNonNull(retry, "retry");
      return this;
    }

    /** The vendor's rate limits. Default {@link RateLimitSettings#unlimited()}. */
    public Builder rateLimit(RateLimitSettings rateLimit) {
      this.rateLimit = Objects.requireNonNull(rateLimit, "rateLimit");
      return this;
    }

    /** Builds the defaults. */
    public VendorDefaults build() {
      return new VendorDefaults(this);
    }

    private static URI checked(URI uri, String name) {
      if (uri != null) {
        Urls.requireSecure(uri, name);
      }
      return uri;
    }
  }
}
