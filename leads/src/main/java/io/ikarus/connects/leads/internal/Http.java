package io.ikarus.connects.leads.internal;

import io.ikarus.connects.error.ConnectionException;
import io.ikarus.connects.error.ErrorContext;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** GET requests of the pull sources and the Graph API, on the JDK's HTTP client. */
public final class Http {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private Http() {}

  /**
   * A response.
   *
   * @param status HTTP status
   * @param body body text
   */
  public record Response(int status, String body) {}

  /** The query string of {@code params}, values URL-encoded, in map order. */
  public static String query(Map<String, String> params) {
    StringJoiner j = new StringJoiner("&");
    params.forEach((k, v) -> j.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return j.toString();
  }

  /**
   * GETs {@code url}; completes exceptionally with {@link ConnectionException} when no response
   * came (the message names the connector and operation, never the URL, which holds keys).
   */
  public static CompletableFuture<Response> get(
      String url, Map<String, String> headers, String connector, String operation) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET();
    headers.forEach(b::header);
    return CLIENT
        .sendAsync(b.build(), HttpResponse.BodyHandlers.ofString())
        .handle(
            (r, e) -> {
              if (e != null) {
                Throwable cause = e instanceof CompletionException ? e.getCause() : e;
                throw new ConnectionException(
                    "no response: " + cause.getClass().getSimpleName(),
                    ErrorContext.of(connector, operation),
                    cause);
              }
              return new Response(r.statusCode(), r.body());
            });
  }
}
