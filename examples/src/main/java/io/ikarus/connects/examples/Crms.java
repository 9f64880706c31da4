package io.ikarus.connects.examples;

import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.event.ConnectorListener;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/** The two CRMs the demo syncs, with a count of the API calls made to each. */
abstract class Crms implements AutoCloseable {

  private final CallCounter salesforceCalls = new CallCounter();
  private final CallCounter hubspotCalls = new CallCounter();
  private final CrmConnector salesforce;
  private final CrmConnector hubspot;

  /** Builds both connectors, each given the listener that counts its calls. */
  Crms(
      Function<ConnectorListener, CrmConnector> salesforce,
      Function<ConnectorListener, CrmConnector> hubspot) {
    this.salesforce = salesforce.apply(salesforceCalls);
    this.hubspot = hubspot.apply(hubspotCalls);
  }

  /** "offline: ..." or "live: ...". */
  abstract String mode();

  /** True when the demo may seed, edit and write data. */
  abstract boolean offline();

  /** The Salesforce side. */
  final CrmConnector salesforce() {
    return salesforce;
  }

  /** The HubSpot side. */
  final CrmConnector hubspot() {
    return hubspot;
  }

  /** API calls made to Salesforce so far. */
  final long salesforceCalls() {
    return salesforceCalls.calls.get();
  }

  /** API calls made to HubSpot so far. */
  final long hubspotCalls() {
    return hubspotCalls.calls.get();
  }

  @Override
  public void close() {
    salesforce.close();
    hubspot.close();
  }

  /** Counts the HTTP requests a connector sends, retries included. */
  private static final class CallCounter implements ConnectorListener {
    private final AtomicLong calls = new AtomicLong();

    @Override
    public void onRequest(RequestEvent event) {
      calls.incrementAndGet();
    }
  }
}
