package io.ikarus.connects.spi;

import io.ikarus.connects.resilience.RateLimitSettings;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A description of one vendor API call, executed by {@link BaseCrmConnector#execute(ApiRequest)}
 * with the connector's auth, rate limits, retries, logging and error mapping. Immutable and
 * thread-safe; derive variants with {@link #toBuilder()}.
 *
 * <p>The target is either a {@linkplain Builder#path(String) path} joined to the connector's base
 * URL, or a {@linkplain Builder#url(String) URL} resolved like a link against it (an absolute URL
 * such as Dynamics' {@code @odata.nextLink}, or a host-rooted path such as Salesforce's {@code
 * nextRecordsUrl}). Absolute URLs must pass {@link Urls#requireSecure}.
 *
 * <pre>{@code
 * ApiRequest create = ApiRequest.post("sobjects/Lead")
 *     .operation("create")
 *     .json(Map.of("LastName", "Lovelace"))
 *     .build();
 * }</pre>
 */
public final class ApiRequest {

  private final String method;
  private final String path;
  private final String url;
  private final List<Map.Entry<String, String>> query;
  private final List<Map.Entry<String, String>> headers;
  private final byte[] body;
  private final String contentType;
  private final boolean idempotent;
  private final String operation;
  private final Map<String, Long> costs;
  private final boolean authenticated;

  private ApiRequest(Builder b) {
    this.method = b.method;
    this.path = b.path;
    this.url = b.url;
    this.query = List.copyOf(b.query);
    this.headers = List.copyOf(b.headers);
    this.body = b.body;
    this.contentType = b.contentType;
    this.idempotent = b.idempotent != null ? b.idempotent : defaultIdempotent(b.method);
    this.operation = b.operation != null ? b.operation : b.method.toLowerCase(Locale.ROOT);
    this.costs = Collections.unmodifiableMap(new LinkedHashMap<>(b.costs));
    this.authenticated = b.authenticated;
  }

  /** A builder for {@code method} (any HTTP method, upper case), without a target yet. */
  public static Builder builder(String method) {
    return new Builder(method);
  }

  /** A GET of {@code path} relative to the base URL. */
  public static Builder get(String path) {
    return builder("GET").path(path);
  }

  /** A POST to {@code path} relative to the base URL. */
  public static Builder post(String path) {
    return builder("POST").path(path);
  }

  /** A PATCH of {@code path} relative to the base URL. */
  public static Builder patch(String path) {
    return builder("PATCH").path(path);
  }

  /** A PUT to {@code path} relative to the base URL. */
  public static Builder put(String path) {
    return builder("PUT").path(path);
  }

  /** A DELETE of {@code path} relative to the base URL. */
  public static Builder delete(String path) {
    return builder("DELETE").path(path);
  }

  /** A builder holding this request. */
  public Builder toBuilder() {
    Builder b = new Builder(method);
    b.path = path;
    b.url = url;
    b.query.addAll(query);
    b.headers.addAll(headers);
    b.body = body;
    b.contentType = contentType;
    b.idempotent = idempotent;
    b.operation = operation;
    b.costs.putAll(costs);
    b.authenticated = authenticated;
    return b;
  }

  /** The HTTP method. */
  public String method() {
    return method;
  }

  /** The path relative to the base URL, or null when {@link #url()} is set. */
  public String path() {
    return path;
  }

  /** The URL or host-rooted path, or null when {@link #path()} is set. */
  public String url() {
    return url;
  }

  /** Query parameters in order, not yet encoded. */
  public List<Map.Entry<String, String>> query() {
    return query;
  }

  /** Extra headers in order. */
  public List<Map.Entry<String, String>> headers() {
    return headers;
  }

  /** The body bytes, or null for none. The caller must not modify the array. */
  public byte[] body() {
    return body;
  }

  /** The body's content type, or null without a body. */
  public String contentType() {
    return contentType;
  }

  /** True when sending this request twice has the effect of sending it once. */
  public boolean idempotent() {
    return idempotent;
  }

  /** The operation name for logs, events and errors, such as {@code "create"}. */
  public String operation() {
    return operation;
  }

  /**
   * Rate-limit permits drawn per attempt, by bucket. Every request also draws one permit from
   * {@link RateLimitSettings#DEFAULT_BUCKET} unless this map names that bucket with another cost.
   */
  public Map<String, Long> costs() {
    return costs;
  }

  /** True when the connector's credentials are attached. */
  public boolean authenticated() {
    return authenticated;
  }

  @Override
  public String toString() {
    return "ApiRequest{" + method + ' ' + (path != null ? path : url) + ", op=" + operation + '}';
  }

  private static boolean defaultIdempotent(String method) {
    return switch (method) {
      case "GET", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE" -> true;
      default -> false;
    };
  }

  /** Builds an {@link ApiRequest}. Not thread-safe. */
  public static final class Builder {
    private final String method;
    private String path;
    private String url;
    private final List<Map.Entry<String, String>> query = new ArrayList<>();
    private final List<Map.Entry<String, String>> headers = new ArrayList<>();
    private byte[] body;
    private String contentType;
    private Boolean idempotent;
    private String operation;
    private final Map<String, Long> costs = new LinkedHashMap<>();
    private boolean authenticated = true;

    private Builder(String method) {
      Objects.requireNonNull(method, "method");
      if (!method.matches("[A-Z]+")) {
        throw new IllegalArgumentException("method must be an upper-case HTTP method: " + method);
      }
      this.method = method;
    }

    /**
     * Targets {@code path} joined to the base URL's path: with base {@code
     * https://org.crm.dynamics.com/api/data/v9.2}, path {@code accounts} reaches {@code
     * .../v9.2/accounts}. The path is used as given (already encoded); encode ids with {@link
     * Urls#segment(String)}.
     */
    public Builder path(String path) {
      this.path = Objects.requireNonNull(path, "path");
      this.url = null;
      return this;
    }

    /**
     * Targets {@code url}, resolved like a link against the base URL: an absolute {@code https} URL
     * is used as is (after {@link Urls#requireSecure}); {@code /x/y} starts at the base URL's host.
     */
    public Builder url(String url) {
      this.url = Objects.requireNonNull(url, "url");
      this.path = null;
      return this;
    }

    /** Targets an absolute URL. */
    public Builder url(URI url) {
      return url(url.toString());
    }

    /** Adds a query parameter; null values are skipped. The value is encoded when sent. */
    public Builder query(String name, Object value) {
      Objects.requireNonNull(name, "name");
      if (value != null) {
        query.add(Map.entry(name, value.toString()));
      }
      return this;
    }

    /** Adds a header. */
    public Builder header(String name, String value) {
      headers.add(Map.entry(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value)));
      return this;
    }

    /**
     * Sets a JSON body from Map / List / String / Number / Boolean / record or bean values, encoded
     * with {@link Json}. BigDecimal values are written exactly.
     */
    public Builder json(Object value) {
      return body(Json.writeBytes(value), "application/json; charset=utf-8");
    }

    /** Sets a JSON body from already-encoded JSON text. */
    public Builder jsonText(String json) {
      return body(json.getBytes(StandardCharsets.UTF_8), "application/json; charset=utf-8");
    }

    /** Sets a text body, such as CSV, with its content type (UTF-8 encoded). */
    public Builder body(String text, String contentType) {
      return body(text.getBytes(StandardCharsets.UTF_8), contentType);
    }

    /** Sets a raw body, such as a {@code multipart/mixed} batch, with its content type. */
    public Builder body(byte[] bytes, String contentType) {
      this.body = Objects.requireNonNull(bytes, "bytes").clone();
      this.contentType = Objects.requireNonNull(contentType, "contentType");
      return this;
    }

    /** Sets an {@code application/x-www-form-urlencoded} body. */
    public Builder form(Map<String, String> fields) {
      okhttp3.FormBody.Builder form = new okhttp3.FormBody.Builder();
      fields.forEach(form::add);
      okio.Buffer buffer = new okio.Buffer();
      try {
        form.build().writeTo(buffer);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return body(buffer.readByteArray(), "application/x-www-form-urlencoded");
    }

    /**
     * Marks the request safe (or not) to send twice. Default: true for GET, HEAD, OPTIONS, PUT,
     * PATCH (an update sets the same values again) and DELETE; false otherwise. Mark an upsert by
     * key idempotent; leave a plain create alone.
     */
    public Builder idempotent(boolean idempotent) {
      this.idempotent = idempotent;
      return this;
    }

    /** Names the operation for logs, events and errors. Default: the method in lower case. */
    public Builder operation(String operation) {
      this.operation = Objects.requireNonNull(operation, "operation");
      return this;
    }

    /** Draws {@code permits} from {@code bucket} on every attempt (e.g. monday complexity). */
    public Builder cost(String bucket, long permits) {
      if (permits < 0) {
        throw new IllegalArgumentException("permits must not be negative: " + permits);
      }
      costs.put(Objects.requireNonNull(bucket, "bucket"), permits);
      return this;
    }

    /** Attaches the connector's credentials or not. Default true. */
    public Builder authenticated(boolean authenticated) {
      this.authenticated = authenticated;
      return this;
    }

    /** Builds the request; fails when no target was set. */
    public ApiRequest build() {
      if (path == null && url == null) {
        throw new IllegalStateException("an ApiRequest needs a path or a url");
      }
      return new ApiRequest(this);
    }
  }
}
