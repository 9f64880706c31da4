package io.ikarus.connects.leads;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A ready webhook endpoint on the JDK's built-in {@link HttpServer}, for standalone use: every
 * request under {@code /leads/} goes to a {@link LeadWebhookHandler}. Bodies above the handler's
 * cap are refused (413) without being read whole. Put TLS in front (a proxy or load balancer): Meta
 * requires HTTPS callbacks.
 *
 * <pre>{@code
 * try (LeadHttpServer server = LeadHttpServer.start(pipeline.webhookHandler(),
 *     new InetSocketAddress(8080))) { ... }
 * }</pre>
 */
public final class LeadHttpServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LeadHttpServer.class);

  private final HttpServer server;
  private final ExecutorService executor;

  private LeadHttpServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Starts listening on {@code address} (port 0 picks a free one) with 4 request threads.
   *
   * @throws UncheckedIOException when the address cannot be bound
   */
  public static LeadHttpServer start(LeadWebhookHandler handler, InetSocketAddress address) {
    try {
      HttpServer server = HttpServer.create(address, 0);
      ExecutorService executor = Executors.newFixedThreadPool(4);
      server.setExecutor(executor);
      server.createContext("/", exchange -> serve(handler, exchange));
      server.start();
      return new LeadHttpServer(server, executor);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + address, e);
    }
  }

  /** The port it listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** {@code http://<host>:<port>}, without a trailing slash. */
  public String url() {
    return "http://" + server.getAddress().getHostString() + ":" + port();
  }

  private static void serve(LeadWebhookHandler handler, HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = read(exchange.getRequestBody(), handler.maxBodyBytes());
      WebhookResponse response;
      if (body == null) {
        response = WebhookResponse.json(413, java.util.Map.of("error", "body too large"));
      } else {
        WebhookRequest request =
            WebhookRequest.of(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null
                        ? ""
                        : "?" + exchange.getRequestURI().getRawQuery()),
                exchange.getRequestHeaders(),
                body,
                exchange.getRemoteAddress().getAddress().getHostAddress());
        response = handler.handle(request).join();
      }
      response.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      exchange.sendResponseHeaders(
          response.status(), response.body().length == 0 ? -1 : response.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(response.body());
      }
    } catch (RuntimeException e) {
      LOG.warn("lead webhook request failed: {}", e.getClass().getName());
    }
  }

  /** The body, or null when it is longer than {@code max}. */
  private static byte[] read(InputStream in, int max) throws IOException {
    byte[] bytes = in.readNBytes(max + 1);
    return bytes.length > max ? null : bytes;
  }

  /** Stops listening (waiting up to a second for requests in flight). */
  @Override
  public void close() {
    server.stop(1);
    executor.shutdownNow();
  }
}
