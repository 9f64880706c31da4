package io.ikarus.connects;

import io.ikarus.connects.event.ConnectorListener;
import io.ikarus.connects.resilience.RateLimitSettings;
import io.ikarus.connects.resilience.RetrySettings;
import java.net.Proxy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import okhttp3.OkHttpClient;

/**
 * Transport settings shared by every connector: where the API and the token server are reached,
 * timeouts, proxy, retry and rate-limit settings, a listener, and an optional caller-owned OkHttp
 * client. Immutable and thread-safe.
 *
 * <p>A base or auth URL with plain {@code http://} is refused unless its host is loopback, so that
 * credentials never travel in clear text.
 *
 * <pre>{@code
 * ClientOptions options = ClientOptions.builder()
 *     .baseUrl(URI.create("http://127.0.0.1:8080"))   // a fake or a proxy
 *     .retry(RetrySettings.builder().maxAttempts(5).build())
 *     .build();
 * }</pre>
 */
public final class ClientOptions {

  private static final ClientOptions DEFAULTS = builder().build();

  private final URI baseUrl;
  private final URI authUrl;
  private final String apiVersion;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration callTimeout;
  private final Proxy proxy;
  private final String userAgent;
  private final RetrySettings retry;
  private final RateLimitSettings rateLimit;
  private final ConnectorListener listener;
  private final OkHttpClient httpClient;
  private final long maxResponseBytes;
  private final Clock clock;
  private final ScheduledExecutorService scheduler;

  private ClientOptions(Builder b) {
    this.baseUrl = b.baseUrl;
    this.authUrl = b.authUrl;
    this.apiVersion = b.apiVersion;
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.callTimeout = b.callTimeout;
    this.proxy = b.proxy;
    this.userAgent = b.userAgent;
    this.retry = b.retry;
    this.rateLimit = b.rateLimit;
    this.listener = b.listener;
    this.httpClient = b.httpClient;
    this.maxResponseBytes = b.maxResponseBytes;
    this.clock = b.clock;
    this.scheduler = b.scheduler;
  }

  /** The defaults: vendor URLs, 10 s connect, 60 s read, 120 s call, vendor limits. */
  public static ClientOptions defaults() {
    return DEFAULTS;
  }

  /** A builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.baseUrl = baseUrl;
    b.authUrl = authUrl;
    b.apiVersion = apiVersion;
    b.connectTimeout = connectTimeout;
    b.readTimeout = readTimeout;
    b.callTimeout = callTimeout;
    b.proxy = proxy;
    b.userAgent = userAgent;
    b.retry = retry;
    b.rateLimit = rateLimit;
    b.listener = listener;
    b.httpClient = httpClient;
    b.maxResponseBytes = maxResponseBytes;
    b.clock = clock;
    b.scheduler = scheduler;
    return b;
  }

  /** Where the API is reached, overriding the vendor's default; empty for the default. */
  public Optional<URI> baseUrl() {
    return Optional.ofNullable(baseUrl);
  }

  /** Where tokens are obtained, overriding the vendor's default; empty for the default. */
  public Optional<URI> authUrl() {
    return Optional.ofNullable(authUrl);
  }

  /** The vendor API version to pin, such as {@code "v66.0"}; empty for the connector's default. */
  public Optional<String> apiVersion() {
    return Optional.ofNullable(apiVersion);
  }

  /** The connect timeout. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** The read timeout (between bytes). */
  public Duration readTimeout() {
    return readTimeout;
  }

  /** The timeout of one whole HTTP call. */
  public Duration callTimeout() {
    return callTimeout;
  }

  /** The proxy; empty for none. */
  public Optional<Proxy> proxy() {
    return Optional.ofNullable(proxy);
  }

  /**
   * Extra User-Agent text appended after {@code ikarus-connects/<version> <connector>}; empty for
   * none.
   */
  public Optional<String> userAgent() {
    return Optional.ofNullable(userAgent);
  }

  /** Retry settings; empty for the connector's vendor default. */
  public Optional<RetrySettings> retry() {
    return Optional.ofNullable(retry);
  }

  /** Rate-limit settings; empty for the connector's vendor default. */
  public Optional<RateLimitSettings> rateLimit() {
    return Optional.ofNullable(rateLimit);
  }

  /** The event listener; never null. */
  public ConnectorListener listener() {
    return listener;
  }

  /**
   * A caller-owned OkHttp client to derive from (never closed by the SDK); empty when the connector
   * makes its own.
   */
  public Optional<OkHttpClient> httpClient() {
    return Optional.ofNullable(httpClient);
  }

  /** The largest response body accepted, in bytes. */
  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  /** The clock used for token expiry and timestamps. */
  public Clock clock() {
    return clock;
  }

  /**
   * The executor that runs retry and rate-limit waits; empty for the SDK's shared daemon scheduler.
   * A caller-supplied scheduler is never shut down by the SDK.
   */
  public Optional<ScheduledExecutorService> scheduler() {
    return Optional.ofNullable(scheduler);
  }

  @Override
  public String toString() {
    return "ClientOptions{baseUrl="
        + baseUrl
        + ", authUrl="
        + authUrl
        + ", apiVersion="
        + apiVersion
        + ", connectTimeout="
        + connectTimeout
        + ", readTimeout="
        + readTimeout
        + ", callTimeout="
        + callTimeout
        + ", proxy="
        + proxy
        + ", retry="
        + retry
        + ", rateLimit="
        + rateLimit
        + ", maxResponseBytes="
        + maxResponseBytes
        + '}';
  }

  /** Builds {@link ClientOptions}. Not thread-safe. */
  public static final class Builder {
    private URI baseUrl;
    private URI authUrl;
    private String apiVersion;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);
    private Duration callTimeout = Duration.ofSeconds(120);
    private Proxy proxy;
    private String userAgent;
    private RetrySettings retry;
    private RateLimitSettings rateLimit;
    private ConnectorListener listener = ConnectorListener.NONE;
    private OkHttpClient httpClient;
    private long maxResponseBytes = 64L * 1024 * 1024;
    private Clock clock = Clock.systemUTC();
    private ScheduledExecutorService scheduler;

    private Builder() {}

    /** Where the API is reached (tests, fakes, proxies). Default: the vendor's. */
    public Builder baseUrl(URI baseUrl) {
      this.baseUrl = requireSafe(baseUrl, "baseUrl");
      return this;
    }

    /** Where tokens are obtained. Default: the vendor's. */
    public Builder authUrl(URI authUrl) {
      this.authUrl = requireSafe(authUrl, "authUrl");
      return this;
    }

    /** The API version to pin. Default: the connector's. */
    public Builder apiVersion(String apiVersion) {
      this.apiVersion = apiVersion;
      return this;
    }

    /** Connect timeout. Default 10 s. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /** Read timeout. Default 60 s. */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive(timeout, "readTimeout");
      return this;
    }

    /** Whole-call timeout. Default 120 s. */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = positive(timeout, "callTimeout");
      return this;
    }

    /** A proxy. Default none. */
    public Builder proxy(Proxy proxy) {
      this.proxy = proxy;
      return this;
    }

    /** Extra User-Agent text, such as your product and version. Default none. */
    public Builder userAgent(String userAgent) {
      this.userAgent = userAgent;
      return this;
    }

    /** Retry settings. Default: the connector's vendor default. */
    public Builder retry(RetrySettings retry) {
      this.retry = retry;
      return this;
    }

    /** Rate-limit settings. Default: the connector's vendor default. */
    public Builder rateLimit(RateLimitSettings rateLimit) {
      this.rateLimit = rateLimit;
      return this;
    }

    /** The event listener. Default: none. */
    public Builder listener(ConnectorListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * A caller-owned OkHttp client: the connector derives its client from it (sharing its pool and
     * dispatcher) and never closes it. Default: the connector makes and owns one.
     */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = httpClient;
      return this;
    }

    /** The largest response body accepted, at least 1 KiB. Default 64 MiB. */
    public Builder maxResponseBytes(long maxResponseBytes) {
      if (maxResponseBytes < 1024) {
        throw new IllegalArgumentException("maxResponseBytes must be at least 1024");
      }
      this.maxResponseBytes = maxResponseBytes;
      return this;
    }

    /** The clock for token expiry and timestamps. Default UTC system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The executor for retry and rate-limit waits (the waits never block an HTTP thread). Default:
     * a shared daemon scheduler. Never shut down by the SDK.
     */
    public Builder scheduler(ScheduledExecutorService scheduler) {
      this.scheduler = scheduler;
      return this;
    }

    /** Builds the options. */
    public ClientOptions build() {
      return new ClientOptions(this);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + d);
      }
      return d;
    }

    private static URI requireSafe(URI uri, String name) {
      if (uri == null) {
        return null;
      }
      io.ikarus.connects.spi.Urls.requireSecure(uri, name);
      return uri;
    }
  }
}
