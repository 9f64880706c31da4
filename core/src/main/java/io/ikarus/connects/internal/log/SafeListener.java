package io.ikarus.connects.internal.log;

import io.ikarus.connects.event.ConnectorListener;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers events to a user's {@link ConnectorListener}; an exception thrown by the listener is
 * logged and never reaches the request that raised the event.
 */
public final class SafeListener implements ConnectorListener {

  private static final Logger LOG = LoggerFactory.getLogger(SafeListener.class);

  private final ConnectorListener delegate;

  /** Wraps {@code delegate}. */
  public SafeListener(ConnectorListener delegate) {
    this.delegate = delegate;
  }

  /** False when {@code listener} is (or wraps) {@link ConnectorListener#NONE}: no event is seen. */
  public static boolean listens(ConnectorListener listener) {
    ConnectorListener l = listener instanceof SafeListener safe ? safe.delegate : listener;
    return l != null && l != ConnectorListener.NONE;
  }

  @Override
  public void onRequest(RequestEvent event) {
    deliver("onRequest", event, delegate::onRequest);
  }

  @Override
  public void onResponse(ResponseEvent event) {
    deliver("onResponse", event, delegate::onResponse);
  }

  @Override
  public void onRetry(RetryEvent event) {
    deliver("onRetry", event, delegate::onRetry);
  }

  @Override
  public void onRateLimited(RateLimitedEvent event) {
    deliver("onRateLimited", event, delegate::onRateLimited);
  }

  @Override
  public void onTokenRefreshed(TokenRefreshedEvent event) {
    deliver("onTokenRefreshed", event, delegate::onTokenRefreshed);
  }

  @Override
  public void onOperationStart(OperationStartEvent event) {
    deliver("onOperationStart", event, delegate::onOperationStart);
  }

  @Override
  public void onOperationEnd(OperationEndEvent event) {
    deliver("onOperationEnd", event, delegate::onOperationEnd);
  }

  private <E> void deliver(String method, E event, Consumer<E> target) {
    if (delegate == ConnectorListener.NONE) {
      return;
    }
    try {
      target.accept(event);
    } catch (RuntimeException | Error e) {
      if (e instanceof VirtualMachineError) {
        throw e;
      }
      LOG.warn("ConnectorListener.{} threw; the event is dropped", method, e);
    }
  }
}
