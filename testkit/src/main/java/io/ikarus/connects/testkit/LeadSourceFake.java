package io.ikarus.connects.testkit;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The base of the lead-source fakes (IndiaMART, TradeIndia, Meta Graph): a vendor API served on a
 * free port, and the numbering of the leads a test adds. Thread-safe.
 */
abstract class LeadSourceFake extends AbstractFake {

  private final AtomicLong ids;

  /** Serves {@code api}; lead ids count up from {@code lastId}. */
  LeadSourceFake(Clock clock, VendorApi api, long lastId) {
    super(clock);
    this.ids = new AtomicLong(lastId);
    serve(api, 0);
  }

  /** The id of the next lead. */
  final long nextId() {
    return ids.incrementAndGet();
  }
}
