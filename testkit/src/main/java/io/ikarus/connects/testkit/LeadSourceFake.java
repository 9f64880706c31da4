package io.ikarus.connects.testkit;

import com.fasterxml.jackson.core.type.TypeReference;
import io.ikarus.connects.testkit.internal.Json;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The base of the lead-source fakes (IndiaMART, TradeIndia, Meta Graph): the leads a test added and
 * their numbering; each subclass is the {@link VendorApi} (router and error body) it serves on a
 * free port. State is changed under the handler lock. Thread-safe.
 */
abstract class LeadSourceFake extends AbstractFake implements VendorApi {

  /** India Standard Time, as IndiaMART and TradeIndia keep times. */
  static final ZoneId IST = ZoneId.of("Asia/Kolkata");

  /** The leads as the vendor answers them, in the order added; guarded by the handler lock. */
  final List<Map<String, Object>> leads = new ArrayList<>();

  private final AtomicLong ids;

  /** A fake whose lead ids count up from {@code lastId}; the subclass then serves itself. */
  LeadSourceFake(Clock clock, long lastId) {
    super(clock);
    this.ids = new AtomicLong(lastId);
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

  /**
   * The leads whose text {@code field}, read by {@code parse}, lies from {@code from} to {@code
   * to}.
   */
  final <T extends Comparable<? super T>> List<Map<String, Object>> within(
      String field, Function<String, T> parse, T from, T to) {
    return leads.stream()
        .filter(
            lead -> {
              T at = parse.apply((String) lead.get(field));
              return at.compareTo(from) >= 0 && at.compareTo(to) <= 0;
            })
        .toList();
  }
}
