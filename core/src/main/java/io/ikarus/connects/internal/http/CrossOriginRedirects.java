package io.ikarus.connects.internal.http;

import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Refuses redirects to another origin: OkHttp would follow them, re-sending a create's body (and,
 * for a same-host different-port target, its credentials) to a server nobody configured. The
 * redirect is handed back unfollowed, marked with {@link #REFUSED}, and the engine reports it as an
 * error naming the origin.
 */
final class CrossOriginRedirects implements Interceptor {

  /** The header marking a refused redirect; its value is the target's origin. */
  static final String REFUSED = "X-Ikarus-Refused-Redirect";

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    String location = response.header("Location");
    if (!response.isRedirect() || location == null) {
      return response;
    }
    HttpUrl from = chain.request().url();
    HttpUrl to = from.resolve(location);
    if (to != null && origin(to).equals(origin(from))) {
      return response;
    }
    String target = to == null ? "an unreadable location" : origin(to);
    return response.newBuilder().removeHeader("Location").header(REFUSED, target).build();
  }

  static String origin(HttpUrl url) {
    return url.scheme() + "://" + url.host() + ":" + url.port();
  }
}
