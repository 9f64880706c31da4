package io.ikarus.connects.testkit;

import io.ikarus.connects.testkit.internal.leads.TradeIndiaApi;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * TradeIndia's My Inquiry API ({@code /utils/my_inquiry.html}) for tests: bare-array answers by
 * default, {@code Error_Message} under HTTP 200 for bad credentials, paging by {@code limit} and
 * {@code page_no}, HTML in {@code message}; {@link #shape} switches to the wrapped, junk-prefixed
 * or HTML-error answers some accounts get. Thread-safe.
 */
public final class FakeTradeIndia extends LeadSourceFake {

  /** The answer shapes; see {@link #shape}. */
  public enum Shape {
    /** A bare JSON array (default). */
    BARE,
    /** {@code {"data": [...]}}. */
    WRAPPED,
    /** Text before the JSON. */
    JUNK_PREFIXED,
    /** An HTML error page under HTTP 200. */
    HTML_ERROR
  }

  private static final ZoneId IST = ZoneId.of("Asia/Kolkata");
  private final TradeIndiaApi api;

  private FakeTradeIndia(Clock clock, TradeIndiaApi api) {
    super(clock, api, 71_000_000L);
    this.api = api;
  }

  /** Starts a fake on a free port accepting these credentials. */
  public static FakeTradeIndia start(Clock clock, String userId, String profileId, String key) {
    return new FakeTradeIndia(
        clock, new TradeIndiaApi(Map.of("userid", userId, "profile_id", profileId, "key", key)));
  }

  /** Answers the next calls in {@code shape}; returns this. */
  public FakeTradeIndia shape(Shape shape) {
    inLock(() -> api.shape(shape));
    return this;
  }

  /** Adds an inquiry received now and returns it (as the API will answer it). */
  public Map<String, Object> addInquiry(String name, String mobile, String email) {
    LocalDateTime t = LocalDateTime.ofInstant(clock().instant(), IST);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rfi_id", Long.toString(nextId()));
    m.put("sender_name", name);
    m.put("sender_mobile", mobile);
    m.put("sender_email", email);
    m.put("generated_date", t.toLocalDate().toString());
    m.put("generated_time", t.toLocalTime().withNano(0).toString());
    m.put("generated", Long.toString(clock().instant().getEpochSecond()));
    m.putAll(sample("tradeindia-inquiry.json"));
    inLock(() -> api.add(m));
    return m;
  }
}
