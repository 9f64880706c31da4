package io.ikarus.connects.internal.http;

import io.ikarus.connects.auth.AccessToken;
import io.ikarus.connects.error.ConnectionException;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.event.ConnectorListener;
import io.ikarus.connects.event.ConnectorListener.RequestEvent;
import io.ikarus.connects.event.ConnectorListener.ResponseEvent;
import io.ikarus.connects.internal.log.LogContext;
import io.ikarus.connects.internal.log.Redactor;
import io.ikarus.connects.internal.log.SafeListener;
import io.ikarus.connects.internal.retry.Outcome;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.ApiResponse;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends one attempt of an exchange and judges its answer; logs and reports it, redacted. */
final class AttemptSender {

  private static final Logger LOG = LoggerFactory.getLogger(AttemptSender.class);

  private final EngineConfig config;
  private final Transport transport;
  private final ResponseClassifier classifier;
  private final ConnectorListener listener;
  private final String userAgent;

  private static final String LINE = "[{} {}] {} {} -> {} in {} ms (attempt {})";

  AttemptSender(
      EngineConfig config,
      Transport transport,
      ResponseClassifier classifier,
      ConnectorListener listener) {
    this.config = config;
    this.transport = transport;
    this.classifier = classifier;
    this.listener = listener;
    this.userAgent = UserAgent.of(config.connector(), config.options().userAgent().orElse(null));
  }

  /**
   * Sends the request with {@code token} (or none) and completes with the judged outcome. The MDC
   * names the request while it is sent, logged and reported, and while the outcome completes.
   */
  CompletableFuture<Outcome> send(Exchange ex, AccessToken token, int attempt) {
    CompletableFuture<Outcome> result = new CompletableFuture<>();
    inContext(ex, () -> sendInContext(ex, token, attempt, result));
    return result;
  }

  private void sendInContext(
      Exchange ex, AccessToken token, int attempt, CompletableFuture<Outcome> result) {
    ApiRequest r = ex.request;
    URI base = needsBase(r) ? config.hooks().baseUrl(token) : null;
    Request request = OkRequests.build(r, base, config.auth(), token, userAgent);
    if (token != null && base == null) {
      CrmException refused = foreignOrigin(request.url(), token, r);
      if (refused != null) {
        result.complete(Outcome.terminal(r, refused));
        return;
      }
    }
    // Redacting the path and building events cost more than the rest of the attempt: only for an
    // actual listener or log.
    boolean listens = SafeListener.listens(listener);
    boolean logs = LOG.isDebugEnabled() || LOG.isTraceEnabled();
    String path = listens || logs ? redactedPath(request.url()) : null;
    String connector = config.connector();
    HttpUrl url = request.url();
    long operationId = ex.scope == null ? 0 : ex.scope.operationId();
    if (listens) {
      listener.onRequest(
          new RequestEvent(
              connector,
              r.operation(),
              r.method(),
              path,
              attempt,
              operationId,
              ex.id,
              url.host(),
              url.port()));
    }
    ex.countCall();
    long start = System.nanoTime();
    ex.track(transport.send(request, r))
        .whenComplete(
            (response, thrown) ->
                inContext(
                    ex,
                    () -> {
                      if (listens || logs) {
                        Duration took = Duration.ofNanos(System.nanoTime() - start);
                        int status = response == null ? 0 : response.status();
                        logAttempt(r, path, status, took, attempt);
                        if (listens) {
                          listener.onResponse(
                              new ResponseEvent(
                                  connector,
                                  r.operation(),
                                  r.method(),
                                  path,
                                  status,
                                  took,
                                  operationId,
                                  ex.id,
                                  response == null ? ResponseClassifier.unwrap(thrown) : null));
                        }
                      }
                      judge(ex, response, thrown, result);
                    }));
  }

  private void judge(
      Exchange ex, ApiResponse response, Throwable thrown, CompletableFuture<Outcome> result) {
    Outcome outcome;
    try {
      outcome =
          response != null ? classifier.classify(ex, response) : classifier.failure(ex, thrown);
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
      return;
    }
    result.complete(outcome);
  }

  /**
   * DEBUG shows the path with query values and email-like segments masked (search terms and filters
   * are personal data); TRACE, opted into on purpose, shows the query with only secrets masked.
   */
  private void logAttempt(ApiRequest r, String path, int status, Duration took, int attempt) {
    if (LOG.isTraceEnabled()) {
      LOG.trace(
          LINE,
          config.connector(),
          r.operation(),
          r.method(),
          path,
          shown(status),
          took.toMillis(),
          attempt);
    } else if (LOG.isDebugEnabled()) {
      LOG.debug(
          LINE,
          config.connector(),
          r.operation(),
          r.method(),
          Redactor.withoutValues(path),
          shown(status),
          took.toMillis(),
          attempt);
    }
  }

  private static Object shown(int status) {
    return status == 0 ? "no response" : status;
  }

  private void inContext(Exchange ex, Runnable work) {
    LogContext.run(config.connector(), ex.request.operation(), ex.id, work);
  }

  /**
   * Credentials go only to the API origin and the token endpoint's origin: a paging link or other
   * absolute URL elsewhere is refused, naming its origin.
   */
  private CrmException foreignOrigin(HttpUrl url, AccessToken token, ApiRequest r) {
    String origin = CrossOriginRedirects.origin(url);
    URI api = config.hooks().baseUrl(token);
    URI auth = config.tokenEndpoint();
    if ((api != null && origin.equals(originOf(api)))
        || (auth != null && origin.equals(originOf(auth)))) {
      return null;
    }
    return new ConnectionException(
        "refused to send credentials to " + origin + ": not the API or auth origin",
        ErrorContext.of(config.connector(), r.operation()),
        false,
        null);
  }

  private static String originOf(URI uri) {
    HttpUrl url = HttpUrl.get(uri);
    return url == null ? "" : CrossOriginRedirects.origin(url);
  }

  private static boolean needsBase(ApiRequest r) {
    return r.url() == null || HttpUrl.parse(r.url()) == null;
  }

  /** The path and query of {@code url} with secret parameters masked. */
  static String redactedPath(HttpUrl url) {
    String query = url.encodedQuery();
    return Redactor.text(url.encodedPath() + (query == null ? "" : "?" + query));
  }
}
