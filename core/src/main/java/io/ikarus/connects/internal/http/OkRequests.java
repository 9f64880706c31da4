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
    HttpUrl.Builder url = target(r, base).newBuilder();
    for (Map.Entry<String, String> q : r.query()) {
      url.addQueryParameter(q.getKey(), q.getValue());
    }
    Request.Builder b = new Request.Builder();
    b.header("User-Agent", userAgent);
    b.header("Accept", "application/json");
    for (Map.Entry<String, String> h : r.headers()) {
      b.header(h.getKey(), h.getValue());
    }
    if (token != null && auth != null) {
      auth.apply(token, new Target(b, url));
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
      String root = base.toString().endsWith("/") ? base.toString() : base + "/";
      String relative = r.url() != null ? r.url() : stripLeadingSlashes(r.path());
      resolved = HttpUrl.get(root).resolve(relative);
      if (resolved == null) {
        throw new IllegalArgumentException("not a valid request target: " + relative);
      }
    }
    Urls.requireSecure(resolved.uri(), "request URL for '" + r.operation() + "'");
    return resolved;
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

  /** Lets an {@link AuthProvider} add a header or query parameter to the request being built. */
  private record Target(Request.Builder request, HttpUrl.Builder url) implements AuthTarget {
    @Override
    public void header(String name, String value) {
      request.header(name, value);
    }

    @Override
    public void queryParameter(String name, String value) {
      url.addQueryParameter(name, value);
    }
  }
}
