package io.ikarus.connects.leads.internal;

import io.ikarus.connects.leads.Lead;
import io.ikarus.connects.leads.LeadListener;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fans events out to the user's listeners; an exception from one is logged and ignored. */
public final class SafeLeadListener implements LeadListener {

  private static final Logger LOG = LoggerFactory.getLogger(SafeLeadListener.class);
  private final List<LeadListener> listeners;

  /** Wraps {@code listeners}. */
  public SafeLeadListener(List<LeadListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  private void each(String event, Consumer<LeadListener> call) {
    for (LeadListener l : listeners) {
      try {
        call.accept(l);
      } catch (RuntimeException e) {
        LOG.warn("lead listener failed on {}: {}", event, e.getClass().getName());
      }
    }
  }

  @Override
  public void received(String connectorId) {
    each("received", l -> l.received(connectorId));
  }

  @Override
  public void verified(String connectorId) {
    each("verified", l -> l.verified(connectorId));
  }

  @Override
  public void rejected(String connectorId, String reason) {
    each("rejected", l -> l.rejected(connectorId, reason));
  }

  @Override
  public void invalid(String connectorId, String reason) {
    each("invalid", l -> l.invalid(connectorId, reason));
  }

  @Override
  public void duplicate(String connectorId, String existingLeadId) {
    each("duplicate", l -> l.duplicate(connectorId, existingLeadId));
  }

  @Override
  public void delivered(Lead lead, String targetId) {
    each("delivered", l -> l.delivered(lead, targetId));
  }

  @Override
  public void failed(Lead lead, String reason, int attempts) {
    each("failed", l -> l.failed(lead, reason, attempts));
  }
}
