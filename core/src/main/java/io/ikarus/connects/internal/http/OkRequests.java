package io.ikarus.connects.internal.http;

import io.ikarus.connects.auth.AccessToken;
import io.ikarus.connects.auth.AuthProvider;
import io.ikarus.connects.auth.AuthTarget;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.Urls;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    }
    if (!resolved.isHttps() && !loopback(resolved.host())) {
      Urls.requireSecure(resolved.uri(), "request URL for '" + r.operation() + "'");
    }
    return resolved;
  }

  /** Base URLs parsed once: connectors pass the same base with every request. */
  private static final Map<URI, Root> ROOTS = new ConcurrentHashMap<>();

  private static final int MAX_ROOTS = 64;

  private static volatile String lastLoopback;

  /**
   * A base URL and the paths resolved against it. Connectors call the same few paths again and
   * again (batch, search and list endpoints), and resolving one allocates about 1 KB (OkHttp parses
   * it and decodes every segment); the resolved URLs are immutable, so they are shared. At most
   * {@link #MAX_PATHS} are kept; past that the cache starts over.
   */
  private static final class Root {
    private static final int MAX_PATHS = 256;
    private final HttpUrl url;
    private final Map<String, HttpUrl> paths = new ConcurrentHashMap<>();

    Root(HttpUrl url) {
      this.url = url;
    }

    HttpUrl resolve(String relative) {
      HttpUrl known = paths.get(relative);
      if (known != null) {
        return known;
      }
      HttpUrl resolved = url.resolve(relative);
      if (resolved == null) {
        throw new IllegalArgumentException("not a valid request target: " + relative);
      }
      if (paths.size() >= MAX_PATHS) {
        paths.clear();
      }
      paths.put(relative, resolved);
      return resolved;
    }
  }

  private static Root root(URI base) {
    Root known = ROOTS.get(base);
    if (known != null) {
      return known;
    }
    String text = base.toString();
    Root root = new Root(HttpUrl.get(text.endsWith("/") ? text : text + "/"));
    if (ROOTS.size() >= MAX_ROOTS) {
      ROOTS.clear();
    }
    ROOTS.put(base, root);
    return root;
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
