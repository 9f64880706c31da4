package io.ikarus.connects.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.event.ConnectorListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A listener that keeps every event it is told, in order, for tests to read back. */
public final class EventRecorder implements ConnectorListener {

  private final List<Object> events = new CopyOnWriteArrayList<>();

  @Override
  public void onRequest(RequestEvent event) {
    events.add(event);
  }

  @Override
  public void onResponse(ResponseEvent event) {
    events.add(event);
  }

  @Override
  public void onRetry(RetryEvent event) {
    events.add(event);
  }

  @Override
  public void onRateLimited(RateLimitedEvent event) {
    events.add(event);
  }

  @Override
  public void onTokenRefreshed(TokenRefreshedEvent event) {
    events.add(event);
  }

  @Override
  public void onOperationStart(OperationStartEvent event) {
    events.add(event);
  }

  @Override
  public void onOperationEnd(OperationEndEvent event) {
    events.add(event);
  }

  /** Every event so far, in order. */
  public List<Object> all() {
    return List.copyOf(events);
  }

  /** The events of one type, in order. */
  public <E> List<E> of(Class<E> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** The one event of {@code type}; fails the test when there are none or several. */
  public <E> E only(Class<E> type) {
    List<E> found = of(type);
    assertThat(found).as("events of type %s", type.getSimpleName()).hasSize(1);
    return found.get(0);
  }

  /** Forgets every event. */
  public void clear() {
    events.clear();
  }

  @Override
  public String toString() {
    return events.toString();
  }
}
