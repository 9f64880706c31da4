package io.ikarus.connects.internal.http;

import io.ikarus.connects.auth.AccessToken;
import io.ikarus.connects.auth.AuthProvider;
import io.ikarus.connects.auth.AuthTarget;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.Urls;
import java.net.URI;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/** Turns an {@link ApiRequest} into an OkHttp request: target URL, headers, body, credentials. */
final class OkRequests {

  private OkRequests() {}

  /**
   * Builds the request.
   *
   * @param base the base URL, or null when the request has an absolute URL
   * @param token the credentials to attach, or null
   */
  static Request build(
      ApiRequest r, URI base, AuthProvider auth, AccessToken token, String userAgent) {
    Target url = new Target(target(r, base));
    for (Map.Entry<String, String> q : r.query()) {
      url.queryParameter(q.getKey(), q.getValue());
    }
    Request.Builder b = new Request.Builder();
    url.request = b;
    b.header("User-Agent", userAgent);
    b.header("Accept", "application/json");
    for (Map.Entry<String, String> h : r.headers()) {
      b.header(h.getKey(), h.getValue());
    }
    if (token != null && auth != null) {
      auth.apply(token, url);
    }
    RequestBody body =
        r.body() == null ? emptyBodyFor(r.method()) : RequestBody.create(r.body(), type(r));
    return b.url(url.build()).method(r.method(), body).build();
  }

  /** The absolute URL a request targets; refuses clear-text URLs to non-loopback hosts. */
  static HttpUrl target(ApiRequest r, URI base) {
    HttpUrl resolved;
    if (r.url() != null && HttpUrl.parse(r.url()) != null) {
      resolved = HttpUrl.get(r.url());
    } else {
      if (base == null) {
        throw new IllegalStateException(
            "no base URL for '" + r.operation() + "': set ClientOptions.baseUrl");
      }
      String relative = r.url() != null ? r.url() : stripLeadingSlashes(r.path());
      resolved = root(base).resolve(relative);
      if (resolved == null) {
        throw new IllegalArgumentException("not a valid request target: " + relative);
      }
    }
    if (!resolved.isHttps() && !loopback(resolved.host())) {
      Urls.requireSecure(resolved.uri(), "request URL for '" + r.operation() + "'");
    }
    return resolved;
  }

  /** The last base URL parsed: connectors pass the same base with every request. */
  private static volatile Root lastRoot;

  private static volatile String lastLoopback;

  private record Root(URI base, HttpUrl url) {}

  private static HttpUrl root(URI base) {
    Root last = lastRoot;
    if (last != null && last.base.equals(base)) {
      return last.url;
    }
    String text = base.toString();
    HttpUrl url = HttpUrl.get(text.endsWith("/") ? text : text + "/");
    lastRoot = new Root(base, url);
    return url;
  }

  private static boolean loopback(String host) {
    if (host.equals(lastLoopback)) {
      return true;
    }
    if (Urls.isLoopback(host)) {
      lastLoopback = host;
      return true;
    }
    return false;
  }

  private static String stripLeadingSlashes(String path) {
    int i = 0;
    while (i < path.length() && path.charAt(i) == '/') {
      i++;
    }
    return path.substring(i);
  }

  private static MediaType type(ApiRequest r) {
    return MediaType.parse(r.contentType());
  }

  private static RequestBody emptyBodyFor(String method) {
    return switch (method) {
      case "POST", "PUT", "PATCH" -> RequestBody.create(new byte[0], null);
      default -> null;
    };
  }

  /**
   * The URL being built (copied into a builder only when a query parameter is added) and the
   * request builder; lets an {@link AuthProvider} add a header or query parameter.
   */
  private static final class Target implements AuthTarget {
    private final HttpUrl target;
    private HttpUrl.Builder url;
    private Request.Builder request;

    Target(HttpUrl target) {
      this.target = target;
    }

    @Override
    public void header(String name, String value) {
      request.header(name, value);
    }

    @Override
    public void queryParameter(String name, String value) {
      if (url == null) {
        url = target.newBuilder();
      }
      url.addQueryParameter(name, value);
    }

    HttpUrl build() {
      return url == null ? target : url.build();
    }
  }
}
