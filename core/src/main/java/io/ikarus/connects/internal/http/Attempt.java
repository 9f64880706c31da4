package io.ikarus.connects.internal.http;

import io.ikarus.connects.auth.AccessToken;
import io.ikarus.connects.auth.AuthProvider;
import io.ikarus.connects.error.AuthenticationException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.RateLimitException;
import io.ikarus.connects.internal.retry.Outcome;
import io.ikarus.connects.internal.retry.RateGate;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;

/**
 * One attempt of an exchange, top-down: rate gate, token, concurrency slot, send and classify. A
 * 401 (or an expired session reported by the error mapper) invalidates the token and goes through
 * the gate again, once; an attempt that met a vendor pause after it waited for its slot goes back
 * to the gate. The permit is settled and the slot released when the send ends, however it ends. A
 * token request skips gate and slot (it goes to the identity provider, and the calls waiting for it
 * may hold every slot's worth of demand).
 *
 * <p>A step whose answer is there already goes on at once on the same thread, and a step that must
 * wait continues when its future completes, with this object as the continuation: with free permits
 * an attempt costs this object and the sender's, no future or stage per step. The steps run one
 * after another (each future's completion hands the attempt to the next thread), never at once.
 */
final class Attempt implements BiConsumer<Object, Throwable>, AttemptSender.Judged {

  /** Receives an attempt's outcome, exactly once. */
  interface Done {
    void done(Outcome outcome);
  }

  private static final int GATE = 0;
  private static final int TOKEN = 1;
  private static final int SLOT = 2;

  private final RequestEngine engine;
  private final Exchange ex;
  private final int number;
  private final Done done;
  private final AuthProvider auth;
  private final Map<String, Long> costs;
  private boolean replay;
  private int waiting;
  private RateGate.Permit permit;
  private AccessToken token;
  private boolean inSlot;

  Attempt(RequestEngine engine, Exchange ex, int number, Done done) {
    this.engine = engine;
    this.ex = ex;
    this.number = number;
    this.done = done;
    this.auth = ex.counted && ex.request.authenticated() ? engine.auth() : null;
    this.costs = ex.counted ? RateGate.costs(ex.request) : null;
  }

  /** Starts the attempt; its outcome goes to {@code done}, on this thread or a later one. */
  void start() {
    if (engine.isClosed()) {
      done.done(Outcome.terminal(ex.request, engine.closedError(ex)));
    } else if (ex.counted) {
      gate();
    } else {
      send();
    }
  }

  private void gate() {
    RateGate gate = engine.gate();
    RateGate.Permit reserved;
    try {
      reserved = gate.reserve(costs, ex.request.operation());
    } catch (RuntimeException e) {
      done.done(engine.failed(ex, e));
      return;
    }
    permit = reserved;
    if (reserved.ready()) {
      onPermit(null);
    } else {
      await(GATE, ex.track(gate.admit(costs, reserved)));
    }
  }

  /** The permit's wait is over (or it failed, cancelled: the reservation is then given back). */
  private void onPermit(Throwable error) {
    if (error != null) {
      settle();
      done.done(engine.failed(ex, error));
      return;
    }
    if (auth == null) {
      onToken(null, null);
      return;
    }
    CompletableFuture<AccessToken> pending;
    try {
      pending = auth.token(engine.authContext());
    } catch (RuntimeException e) {
      pending = CompletableFuture.failedFuture(e);
    }
    await(TOKEN, pending);
  }

  private void onToken(AccessToken token, Throwable error) {
    if (error != null) {
      // The token request ran under its own retry policy already; do not retry it again here.
      settle();
      done.done(Outcome.terminal(ex.request, ResponseClassifier.unwrap(error)));
      return;
    }
    this.token = token;
    if (engine.slots().tryAcquire()) {
      onSlot(null);
    } else {
      ErrorContext context = ErrorContext.of(engine.connector(), ex.request.operation());
      await(SLOT, engine.slots().acquire(() -> noSlot(context)));
    }
  }

  /** Sends in the slot, unless the call ended or a vendor pause began while it waited for it. */
  private void onSlot(Throwable error) {
    if (error != null) {
      settle();
      done.done(engine.failed(ex, error));
      return;
    }
    inSlot = true;
    if (ex.isCancelled() || engine.isClosed()) {
      endSend();
      Throwable t = engine.isClosed() ? engine.closedError(ex) : new CancellationException();
      done.done(engine.failed(ex, t));
    } else if (engine.gate().pausedFor(costs) > 0) {
      endSend();
      gate();
    } else {
      send();
    }
  }

  private void send() {
    try {
      engine.sender().send(ex, token, number, this);
    } catch (RuntimeException e) {
      judged(null, e);
    }
  }

  /** The send ended: releases the slot, settles the permit, then replays or is done. */
  @Override
  public void judged(Outcome outcome, Throwable error) {
    endSend();
    if (outcome == null) {
      done.done(engine.failed(ex, error));
      return;
    }
    boolean again;
    try {
      again = auth != null && !replay && expired(outcome) && auth.canRefresh();
      if (again) {
        auth.invalidate(token);
      }
    } catch (RuntimeException e) {
      done.done(engine.failed(ex, e));
      return;
    }
    if (again) {
      replay = true;
      gate();
    } else {
      done.done(outcome);
    }
  }

  private void endSend() {
    if (inSlot) {
      inSlot = false;
      engine.slots().release();
    }
    settle();
  }

  private void settle() {
    if (permit != null) {
      engine.gate().settle(permit);
      permit = null;
    }
  }

  /** Goes on with the step that waited for {@code future}, now or when it completes. */
  private void await(int step, CompletableFuture<?> future) {
    if (!future.isDone()) {
      waiting = step;
      future.whenComplete(this);
      return;
    }
    Object value = null;
    Throwable error = null;
    try {
      value = future.join();
    } catch (CompletionException | CancellationException e) {
      error = e;
    }
    resume(step, value, error);
  }

  /** The future the attempt waited for completed. */
  @Override
  public void accept(Object value, Throwable error) {
    resume(waiting, value, error);
  }

  private void resume(int step, Object value, Throwable error) {
    switch (step) {
      case GATE -> onPermit(error);
      case TOKEN -> onToken((AccessToken) value, error);
      default -> onSlot(error);
    }
  }

  private static RateLimitException noSlot(ErrorContext context) {
    return new RateLimitException(
        "no free request slot within maxWait (maxConcurrent reached)", context, null, false);
  }

  private static boolean expired(Outcome outcome) {
    return outcome.error() instanceof AuthenticationException auth
        && (auth.sessionExpired()
            || (outcome.response() != null && outcome.response().status() == 401));
  }
}
