package io.ikarus.connects.examples;

import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.event.ConnectorListener;
import java.util.concurrent.atomic.AtomicLong;

/** The two CRMs the demo syncs, with a count of the API calls made to each. */
interface Crms extends AutoCloseable {

  /** "offline (embedded fakes)" or "live (...)". */
  String mode();

  /** True when the demo may seed, edit and write data. */
  boolean offline();

  /** The Salesforce side. */
  CrmConnector salesforce();

  /** The HubSpot side. */
  CrmConnector hubspot();

  /** API calls made to Salesforce so far. */
  long salesforceCalls();

  /** API calls made to HubSpot so far. */
  long hubspotCalls();

  @Override
  void close();

  /** Counts the HTTP requests a connector sends, retries and token requests included. */
  final class CallCounter implements ConnectorListener {
    private final AtomicLong calls = new AtomicLong();

    @Override
    public void onRequest(RequestEvent event) {
      calls.incrementAndGet();
    }

    long calls() {
      return calls.get();
    }
  }
}
