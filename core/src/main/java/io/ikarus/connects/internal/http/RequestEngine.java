package io.ikarus.connects.internal.http;

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
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Executes {@link ApiRequest}s for one connector, each attempt top-down: rate gate, token,
 * concurrency slot, send, classify, all under a retry policy; a 401 (or an expired session reported
 * by the error mapper) invalidates the token, refreshes once and replays once. Thread-safe.
 */
public final class RequestEngine implements AutoCloseable {

  /** An attempt that met a vendor pause after it got its slot: it goes back to the gate. */
  private static final Outcome DEFERRED = Outcome.terminal(null, null);

  private final EngineConfig config;
  private final SafeListener listener;
  private final Transport transport;
  private final RateGate gate;
  private final ResponseClassifier classifier;
  private final AttemptSender sender;
  private final FailsafeExecutor<Outcome> retries;
  private final Slots slots;
  private final Set<CompletableFuture<ApiResponse>> pending = ConcurrentHashMap.newKeySet();
  private final EngineAuthContext authContext;
  private volatile boolean closed;

  /** Creates the engine; no I/O happens until the first request. */
  public RequestEngine(EngineConfig config) {
    this.config = config;
    ClientOptions options = config.options();
    RateLimitSettings limits = config.rateLimit();
    RetrySettings retry = config.retry();
    this.listener = new SafeListener(options.listener());
    Delays delays = new Delays(options.scheduler().orElse(null));
    this.transport = new Transport(config.connector(), options, limits.maxConcurrent());
    this.gate = new RateGate(config.connector(), limits, delays, listener, retry.maxRetryAfter());
    this.classifier =
        new ResponseClassifier(
            config.connector(), gate, retry.baseDelay(), config.hooks()::rateLimitStatus);
    this.sender = new AttemptSender(config, transport, classifier, listener);
    this.retries =
        Failsafe.with(RetryPolicies.create(config.connector(), retry, listener))
            .with(delays.scheduler());
    this.slots = new Slots(limits.maxConcurrent(), limits.maxWait(), delays);
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
    CompletableFuture<ApiResponse> result = new CompletableFuture<>();
    pending.add(result);
    if (closed) {
      result.completeExceptionally(closedError(ex));
      return result;
    }
    CompletableFuture<Outcome> execution = firstThenRetries(ex);
    Runnable unregister =
        ex.scope == null ? () -> {} : ex.scope.onCancel(() -> result.cancel(true));
    execution.whenComplete(
        (outcome, thrown) ->
            CallScope.run(ex.scope, () -> complete(result, outcome, thrown, unregister)));
    result.whenComplete(
        (r, e) -> {
          pending.remove(result);
          if (!execution.isDone()) {
            ex.cancel();
            execution.cancel(true);
          }
        });
    return result;
  }

  /**
   * The first attempt runs at once, outside the retry executor (its bookkeeping is most of what a
   * request costs when permits are free); only a retryable outcome enters the retry policy, which
   * takes that outcome as its first attempt, so attempt counts and delays are the policy's own.
   */
  private CompletableFuture<Outcome> firstThenRetries(Exchange ex) {
    CompletableFuture<Outcome> first;
    try {
      first = attempt(ex, 1);
    } catch (RuntimeException e) {
      first = CompletableFuture.failedFuture(e);
    }
    return first.thenCompose(
        outcome ->
            outcome.retryable()
                ? retries.getStageAsync(
                    ctx ->
                        ctx.getAttemptCount() == 0
                            ? CompletableFuture.completedFuture(outcome)
                            : attempt(ex, ctx.getAttemptCount() + 1))
                : CompletableFuture.completedFuture(outcome));
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

  /**
   * One attempt, top-down: rate gate, then token, then a concurrency slot, then send and classify.
   * A token request skips gate and slot (it goes to the identity provider, and the calls waiting
   * for it may hold every slot's worth of demand).
   */
  private CompletableFuture<Outcome> attempt(Exchange ex, int attempt) {
    if (closed) {
      return CompletableFuture.completedFuture(Outcome.terminal(ex.request, closedError(ex)));
    }
    CompletableFuture<Outcome> step =
        ex.counted ? gated(ex, attempt, false) : sender.send(ex, null, attempt);
    return step.handle((outcome, thrown) -> outcome != null ? outcome : failed(ex, thrown));
  }

  private CompletableFuture<Outcome> gated(Exchange ex, int attempt, boolean replay) {
    ErrorContext context = ErrorContext.of(config.connector(), ex.request.operation());
    AuthProvider auth = ex.request.authenticated() ? config.auth() : null;
    return ex.track(gate.acquire(RateGate.costs(ex.request), context))
        .thenCompose(permit -> sendPermitted(ex, auth, attempt, context, permit))
        .thenCompose(
            sent -> {
              Outcome outcome = sent.outcome();
              if (outcome == DEFERRED) {
                return gated(ex, attempt, replay);
              }
              if (auth != null && !replay && expired(outcome) && auth.canRefresh()) {
                auth.invalidate(sent.token());
                return gated(ex, attempt, true);
              }
              return CompletableFuture.completedFuture(outcome);
            });
  }

  /**
   * Token, slot, send; the permit is settled when the attempt ends, however it ends, so a rolling
   * window counts it until its answer arrived.
   */
  private CompletableFuture<Sent> sendPermitted(
      Exchange ex, AuthProvider auth, int attempt, ErrorContext context, RateGate.Permit permit) {
    CompletableFuture<Sent> sent =
        (auth == null ? CompletableFuture.<AccessToken>completedFuture(null) : token(auth))
            .thenCompose(
                token ->
                    slots
                        .run(() -> sendNow(ex, token, attempt), () -> noSlot(context))
                        .thenApply(outcome -> new Sent(outcome, token)));
    return sent.whenComplete((s, e) -> gate.settle(permit));
  }

  /** An attempt's outcome and the token it was sent with. */
  private record Sent(Outcome outcome, AccessToken token) {}

  /** Sends in the slot, unless a vendor pause began while this request waited for it. */
  private CompletableFuture<Outcome> sendNow(Exchange ex, AccessToken token, int attempt) {
    if (ex.isCancelled() || closed) {
      return CompletableFuture.failedFuture(closed ? closedError(ex) : new CancellationException());
    }
    if (gate.pausedFor(RateGate.costs(ex.request)) > 0) {
      return CompletableFuture.completedFuture(DEFERRED);
    }
    return sender.send(ex, token, attempt);
  }

  private CompletableFuture<AccessToken> token(AuthProvider auth) {
    return auth.token(authContext)
        .exceptionally(
            e -> {
              throw new CompletionException(new TokenFailure(ResponseClassifier.unwrap(e)));
            });
  }

  private Outcome failed(Exchange ex, Throwable thrown) {
    Throwable t = ResponseClassifier.unwrap(thrown);
    if (t instanceof TokenFailure failure) {
      // The token request ran under its own retry policy already; do not retry it again here.
      return Outcome.terminal(ex.request, failure.getCause());
    }
    if (ex.isCancelled() || closed) {
      return Outcome.terminal(ex.request, closed ? closedError(ex) : t);
    }
    return classifier.failure(ex, t);
  }

  private static RateLimitException noSlot(ErrorContext context) {
    return new RateLimitException(
        "no free request slot within maxWait (maxConcurrent reached)", context, null, false);
  }

  private ConnectionException closedError(Exchange ex) {
    return new ConnectionException(
        "the connector is closed",
        ErrorContext.of(config.connector(), ex.request.operation()),
        false,
        null);
  }

  private static boolean expired(Outcome outcome) {
    return outcome.error() instanceof AuthenticationException auth
        && (auth.sessionExpired()
            || (outcome.response() != null && outcome.response().status() == 401));
  }

  /**
   * Fails every call still waiting (for a permit, a slot, a token, a retry) or in flight with a
   * non-retryable {@link ConnectionException}; later calls fail the same way.
   */
  @Override
  public void close() {
    closed = true;
    ConnectionException error =
        new ConnectionException(
            "the connector is closed", ErrorContext.of(config.connector(), null), false, null);
    slots.close(error);
    for (CompletableFuture<ApiResponse> call : List.copyOf(pending)) {
      call.completeExceptionally(error);
    }
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
