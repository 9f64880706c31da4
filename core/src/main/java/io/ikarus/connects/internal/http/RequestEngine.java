package io.ikarus.connects.internal.http;

import dev.failsafe.Bulkhead;
import dev.failsafe.BulkheadFullException;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeExecutor;
import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.auth.AccessToken;
import io.ikarus.connects.auth.AuthContext;
import io.ikarus.connects.auth.AuthProvider;
import io.ikarus.connects.error.AuthenticationException;
import io.ikarus.connects.error.ConnectionException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.RateLimitException;
import io.ikarus.connects.internal.connector.CallScope;
import io.ikarus.connects.internal.log.SafeListener;
import io.ikarus.connects.internal.retry.Delays;
import io.ikarus.connects.internal.retry.Outcome;
import io.ikarus.connects.internal.retry.RateGate;
import io.ikarus.connects.internal.retry.RetryPolicies;
import io.ikarus.connects.resilience.RateLimitSettings;
import io.ikarus.connects.resilience.RetrySettings;
import io.ikarus.connects.spi.ApiRequest;
import io.ikarus.connects.spi.ApiResponse;
import io.ikarus.connects.spi.ErrorMapper;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Executes {@link ApiRequest}s for one connector: rate-limit permits, then a bulkhead slot, then
 * credentials and the HTTP call, all under a retry policy; a 401 (or an expired session reported by
 * the error mapper) invalidates the token, refreshes once and replays once. Thread-safe.
 */
public final class RequestEngine implements AutoCloseable {

  private final EngineConfig config;
  private final SafeListener listener;
  private final Transport transport;
  private final RateGate gate;
  private final ResponseClassifier classifier;
  private final AttemptSender sender;
  private final FailsafeExecutor<Outcome> retries;
  private final FailsafeExecutor<Outcome> bulkhead;
  private final EngineAuthContext authContext;
  private volatile boolean closed;

  /** Creates the engine; no I/O happens until the first request. */
  public RequestEngine(EngineConfig config) {
    this.config = config;
    ClientOptions options = config.options();
    RateLimitSettings limits = config.rateLimit();
    RetrySettings retry = config.retry();
    this.listener = new SafeListener(options.listener());
    Delays delays = new Delays(options.scheduler());
    this.transport = new Transport(config.connector(), options, limits.maxConcurrent());
    this.gate = new RateGate(config.connector(), limits, delays, listener);
    this.classifier =
        new ResponseClassifier(
            config.connector(), gate, retry.baseDelay(), config.hooks()::rateLimitStatus);
    this.sender = new AttemptSender(config, transport, classifier, listener);
    this.retries =
        Failsafe.with(RetryPolicies.create(config.connector(), retry, listener))
            .with(delays.scheduler());
    Bulkhead<Outcome> slots =
        Bulkhead.<Outcome>builder(limits.maxConcurrent()).withMaxWaitTime(limits.maxWait()).build();
    this.bulkhead = Failsafe.with(slots).with(delays.scheduler());
    this.authContext = new EngineAuthContext(this, config, listener);
  }

  /** What the auth provider is lent: token endpoint, audience, clock and a form poster. */
  public AuthContext authContext() {
    return authContext;
  }

  /** The transport, for its client. */
  public Transport transport() {
    return transport;
  }

  /** Obtains a token now (for {@code authenticate()}); null without an auth provider. */
  public CompletableFuture<AccessToken> token() {
    AuthProvider auth = config.auth();
    return auth == null ? CompletableFuture.completedFuture(null) : auth.token(authContext);
  }

  /**
   * Executes an API request mapped by {@code mapper}; counts its calls into the current operation
   * scope. Completes with the response, or exceptionally with the mapped {@code CrmException}.
   */
  public CompletableFuture<ApiResponse> execute(ApiRequest request, ErrorMapper mapper) {
    return run(new Exchange(request, mapper, true, CallScope.current()));
  }

  /** Executes a token request: OAuth errors become AuthenticationExceptions; never counted. */
  CompletableFuture<ApiResponse> executeTokenRequest(ApiRequest request) {
    return run(new Exchange(request, TokenErrors::map, false, CallScope.current()));
  }

  private CompletableFuture<ApiResponse> run(Exchange ex) {
    if (closed) {
      return CompletableFuture.failedFuture(
          new ConnectionException(
              "the connector is closed",
              ErrorContext.of(config.connector(), ex.request.operation())));
    }
    CompletableFuture<Outcome> execution =
        retries.getStageAsync(ctx -> attempt(ex, ctx.getAttemptCount() + 1));
    CompletableFuture<ApiResponse> result = new CompletableFuture<>();
    Runnable unregister =
        ex.scope == null ? () -> {} : ex.scope.onCancel(() -> result.cancel(true));
    execution.whenComplete(
        (outcome, thrown) ->
            CallScope.run(ex.scope, () -> complete(result, outcome, thrown, unregister)));
    result.whenComplete(
        (r, e) -> {
          if (result.isCancelled()) {
            ex.cancel();
            execution.cancel(true);
          }
        });
    return result;
  }

  private static void complete(
      CompletableFuture<ApiResponse> result,
      Outcome outcome,
      Throwable thrown,
      Runnable unregister) {
    unregister.run();
    if (thrown != null) {
      result.completeExceptionally(ResponseClassifier.unwrap(thrown));
    } else if (outcome.failed()) {
      result.completeExceptionally(outcome.error());
    } else {
      result.complete(outcome.response());
    }
  }

  private CompletableFuture<Outcome> attempt(Exchange ex, int attempt) {
    ErrorContext context = ErrorContext.of(config.connector(), ex.request.operation());
    return ex.track(gate.acquire(RateGate.costs(ex.request), context))
        .thenCompose(v -> bulkhead.getStageAsync(() -> authorized(ex, attempt, false)))
        .handle((outcome, thrown) -> outcome != null ? outcome : failed(ex, thrown, context));
  }

  private Outcome failed(Exchange ex, Throwable thrown, ErrorContext context) {
    Throwable t = ResponseClassifier.unwrap(thrown);
    if (ex.isCancelled()) {
      return Outcome.terminal(ex.request, t);
    }
    if (t instanceof BulkheadFullException) {
      return Outcome.terminal(
          ex.request,
          new RateLimitException(
              "no free request slot within maxWait (maxConcurrent reached)", context, null, false));
    }
    return classifier.failure(ex, t);
  }

  /** Sends with credentials; replays once with a fresh token after an expired-session answer. */
  private CompletableFuture<Outcome> authorized(Exchange ex, int attempt, boolean replay) {
    AuthProvider auth = ex.request.authenticated() ? config.auth() : null;
    if (auth == null) {
      return sender.send(ex, null, attempt);
    }
    return auth.token(authContext)
        .exceptionally(
            e -> {
              throw new CompletionException(new TokenFailure(ResponseClassifier.unwrap(e)));
            })
        .thenCompose(
            token ->
                sender
                    .send(ex, token, attempt)
                    .thenCompose(
                        outcome -> {
                          if (replay || !expired(outcome) || !auth.canRefresh()) {
                            return CompletableFuture.completedFuture(outcome);
                          }
                          auth.invalidate(token);
                          return authorized(ex, attempt, true);
                        }))
        .exceptionally(e -> tokenOutcome(ex, e));
  }

  private static Outcome tokenOutcome(Exchange ex, Throwable e) {
    Throwable t = ResponseClassifier.unwrap(e);
    if (t instanceof TokenFailure failure) {
      // The token request ran under its own retry policy already; do not retry it again here.
      return Outcome.terminal(ex.request, failure.getCause());
    }
    throw new CompletionException(t);
  }

  private static boolean expired(Outcome outcome) {
    return outcome.error() instanceof AuthenticationException auth
        && (auth.sessionExpired()
            || (outcome.response() != null && outcome.response().status() == 401));
  }

  @Override
  public void close() {
    closed = true;
    transport.close();
  }

  /** Marks a failure to obtain credentials, so it is not mistaken for the call's own failure. */
  private static final class TokenFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TokenFailure(Throwable cause) {
      super(null, cause, false, false);
    }
  }
}
