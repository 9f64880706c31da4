package io.ikarus.connects.spring;

import io.ikarus.connects.event.ConnectorListener;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Passes each connector event to several listeners, in order. */
final class CompositeListener implements ConnectorListener {

  private final List<ConnectorListener> listeners = new ArrayList<>();

  CompositeListener(ConnectorListener first, List<ConnectorListener> others) {
    if (first != null && first != ConnectorListener.NONE) {
      listeners.add(first);
    }
    listeners.addAll(others);
  }

  @Override
  public void onRequest(RequestEvent event) {
    each(l -> l.onRequest(event));
  }

  @Override
  public void onResponse(ResponseEvent event) {
    each(l -> l.onResponse(event));
  }

  @Override
  public void onRetry(RetryEvent event) {
    each(l -> l.onRetry(event));
  }

  @Override
  public void onRateLimited(RateLimitedEvent event) {
    each(l -> l.onRateLimited(event));
  }

  @Override
  public void onTokenRefreshed(TokenRefreshedEvent event) {
    each(l -> l.onTokenRefreshed(event));
  }

  /** Calls every listener even when one throws; the first failure is rethrown for core to log. */
  @Override
  public void onOperationStart(OperationStartEvent event) {
    each(l -> l.onOperationStart(event));
  }

  @Override
  public void onOperationEnd(OperationEndEvent event) {
    each(l -> l.onOperationEnd(event));
  }

  private void each(Consumer<ConnectorListener> call) {
    RuntimeException first = null;
    for (ConnectorListener listener : listeners) {
      try {
        call.accept(listener);
      } catch (RuntimeException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
