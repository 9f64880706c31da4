package io.ikarus.connects.testkit;

import com.fasterxml.jackson.core.type.TypeReference;
import io.ikarus.connects.testkit.internal.Json;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
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

  /** The fields of sample lead {@code name} from the kit's {@code leads/} resources, in order. */
  static Map<String, Object> sample(String name) {
    return Json.resource(
        "/io/ikarus/connects/testkit/leads/" + name,
        new TypeReference<LinkedHashMap<String, Object>>() {});
  }

  /** The id of the next lead. */
  final long nextId() {
    return ids.incrementAndGet();
  }
}
