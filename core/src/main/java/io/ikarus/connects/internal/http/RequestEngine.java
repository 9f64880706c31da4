package io.ikarus.connects.internal.http;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeExecutor;
import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.auth.AccessToken;
import io.ikarus.connects.auth.AuthContext;
import io.ikarus.connects.auth.AuthProvider;
import io.ikarus.connects.error.ConnectionException;
import io.ikarus.connects.error.ErrorContext;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Executes {@link ApiRequest}s for one connector, each attempt top-down: rate gate, token,
 * concurrency slot, send, classify, all under a retry policy; a 401 (or an expired session reported
 * by the error mapper) invalidates the token, refreshes once and replays once. Thread-safe.
 */
public final class RequestEngine implements AutoCloseable {

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
    Call call = new Call(ex);
    pending.add(call);
    if (closed) {
      call.completeExceptionally(closedError(ex));
      return call;
    }
    call.start();
    return call;
  }

  /**
   * One call from its first attempt to its end, and the caller's future in the same object (as
   * Failsafe's own future is). The first attempt runs at once, outside the retry executor (its
   * bookkeeping is most of what a request costs when permits are free); only a retryable outcome
   * enters the retry policy, which takes that outcome as its first attempt, so attempt counts and
   * delays are the policy's own. Completing the future from outside ({@code cancel}, {@code
   * complete}, {@code completeExceptionally}, which {@code orTimeout} and {@link #close} use) stops
   * the step in progress and the retries.
   */
  private final class Call extends CompletableFuture<ApiResponse>
      implements Attempt.Done, Runnable {
    private final Exchange ex;
    private final Runnable unregister;
    private volatile boolean ended;
    private volatile CompletableFuture<Outcome> retrying;
    private Outcome outcome;
    private Throwable thrown;

    Call(Exchange ex) {
      this.ex = ex;
      this.unregister = ex.scope == null ? null : ex.scope.onCancel(() -> cancel(true));
    }

    void start() {
      try {
        new Attempt(RequestEngine.this, ex, 1, this).start();
      } catch (RuntimeException e) {
        end(null, e);
      }
    }

    @Override
    public void done(Outcome first) {
      if (!first.retryable()) {
        end(first, null);
        return;
      }
      CompletableFuture<Outcome> retries;
      try {
        retries =
            RequestEngine.this.retries.getStageAsync(
                ctx ->
                    ctx.getAttemptCount() == 0
                        ? CompletableFuture.completedFuture(first)
                        : attempt(ex, ctx.getAttemptCount() + 1));
      } catch (RuntimeException e) {
        end(null, e);
        return;
      }
      retrying = retries;
      if (isDone()) {
        retries.cancel(true);
      }
      retries.whenComplete(this::end);
    }

    /** Completes this future, with the operation scope current for its dependents. */
    private void end(Outcome outcome, Throwable thrown) {
      this.outcome = outcome;
      this.thrown = thrown;
      ended = true;
      CallScope.run(ex.scope, this);
    }

    @Override
    public void run() {
      if (unregister != null) {
        unregister.run();
      }
      if (thrown != null) {
        completeExceptionally(ResponseClassifier.unwrap(thrown));
      } else if (outcome.failed()) {
        completeExceptionally(outcome.error());
      } else {
        complete(outcome.response());
      }
    }

    @Override
    public boolean complete(ApiResponse value) {
      return ended(super.complete(value));
    }

    @Override
    public boolean completeExceptionally(Throwable error) {
      return ended(super.completeExceptionally(error));
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      return ended(super.cancel(mayInterruptIfRunning));
    }

    /** This future is complete: forgets it and, when it ended from outside, stops the call. */
    private boolean ended(boolean completedNow) {
      if (completedNow) {
        pending.remove(this);
        if (!ended) {
          ex.cancel();
          CompletableFuture<Outcome> retries = retrying;
          if (retries != null) {
            retries.cancel(true);
          }
        }
      }
      return completedNow;
    }
  }

  /** A later attempt, under the retry policy. */
  private CompletableFuture<Outcome> attempt(Exchange ex, int number) {
    CompletableFuture<Outcome> outcome = new CompletableFuture<>();
    new Attempt(this, ex, number, outcome::complete).start();
    return outcome;
  }

  /** The outcome of an attempt that failed without an answer to judge. */
  Outcome failed(Exchange ex, Throwable thrown) {
    Throwable t = ResponseClassifier.unwrap(thrown);
    if (ex.isCancelled() || closed) {
      return Outcome.terminal(ex.request, closed ? closedError(ex) : t);
    }
    return classifier.failure(ex, t);
  }

  boolean isClosed() {
    return closed;
  }

  ConnectionException closedError(Exchange ex) {
    return new ConnectionException(
        "the connector is closed",
        ErrorContext.of(config.connector(), ex.request.operation()),
        false,
        null);
  }

  String connector() {
    return config.connector();
  }

  AuthProvider auth() {
    return config.auth();
  }

  RateGate gate() {
    return gate;
  }

  Slots slots() {
    return slots;
  }

  AttemptSender sender() {
    return sender;
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
}
