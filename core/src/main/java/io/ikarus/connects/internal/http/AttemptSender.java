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
import java.util.function.BiConsumer;
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

  /** Receives an attempt's judged outcome, or the failure that kept it from being judged. */
  interface Judged {
    /** Called once, in the request's MDC: {@code outcome}, or null and {@code error}. */
    void judged(Outcome outcome, Throwable error);
  }

  /**
   * Sends the request with {@code token} (or none) and hands the judged outcome to {@code then}.
   * The MDC names the request while it is sent, logged and reported, and while {@code then} runs.
   */
  void send(Exchange ex, AccessToken token, int attempt, Judged then) {
    Sending sending = new Sending(ex, token, attempt, then);
    inContext(ex, sending);
  }

  /**
   * One attempt on the wire, in one object: it is the work run in the MDC to send, what the
   * transport tells of the call's end, and then the work run in the MDC to report and judge it.
   */
  private final class Sending implements Runnable, BiConsumer<ApiResponse, Throwable> {
    private final Exchange ex;
    private final AccessToken token;
    private final int attempt;
    private final Judged then;
    private boolean listens;
    private boolean logs;
    private String path;
    private long start;
    private boolean answered;
    private ApiResponse response;
    private Throwable thrown;

    Sending(Exchange ex, AccessToken token, int attempt, Judged then) {
      this.ex = ex;
      this.token = token;
      this.attempt = attempt;
      this.then = then;
    }

    @Override
    public void run() {
      if (answered) {
        report();
        judge();
      } else {
        send();
      }
    }

    @Override
    public void accept(ApiResponse response, Throwable thrown) {
      this.response = response;
      this.thrown = thrown;
      answered = true;
      inContext(ex, this);
    }

    private void send() {
      ApiRequest r = ex.request;
      URI base = needsBase(r) ? config.hooks().baseUrl(token) : null;
      Request request = OkRequests.build(r, base, config.auth(), token, userAgent);
      if (token != null && base == null) {
        CrmException refused = foreignOrigin(request.url(), token, r);
        if (refused != null) {
          then.judged(Outcome.terminal(r, refused), null);
          return;
        }
      }
      // Redacting the path and building events cost more than the rest of the attempt: only for
      // an actual listener or log.
      listens = SafeListener.listens(listener);
      logs = LOG.isDebugEnabled() || LOG.isTraceEnabled();
      path = listens || logs ? redactedPath(request.url()) : null;
      if (listens) {
        HttpUrl url = request.url();
        listener.onRequest(
            new RequestEvent(
                config.connector(),
                r.operation(),
                r.method(),
                path,
                attempt,
                operationId(),
                ex.id,
                url.host(),
                url.port()));
      }
      ex.countCall();
      start = System.nanoTime();
      ex.track(transport.send(request, r, this));
    }

    private void report() {
      if (!listens && !logs) {
        return;
      }
      ApiRequest r = ex.request;
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      int status = response == null ? 0 : response.status();
      logAttempt(r, path, status, took, attempt);
      if (listens) {
        listener.onResponse(
            new ResponseEvent(
                config.connector(),
                r.operation(),
                r.method(),
                path,
                status,
                took,
                operationId(),
                ex.id,
                response == null ? ResponseClassifier.unwrap(thrown) : null));
      }
    }

    private void judge() {
      Outcome outcome;
      try {
        outcome =
            response != null ? classifier.classify(ex, response) : classifier.failure(ex, thrown);
      } catch (RuntimeException e) {
        then.judged(null, e);
        return;
      }
      then.judged(outcome, null);
    }

    private long operationId() {
      return ex.scope == null ? 0 : ex.scope.operationId();
    }
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
