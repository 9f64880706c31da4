package io.ikarus.connects.testkit;

import io.ikarus.connects.testkit.internal.leads.IndiaMartApi;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * IndiaMART's Lead Manager Pull API v2 ({@code /wservce/crm/crmListing/v2/}) for tests: the verdict
 * in {@code CODE} under HTTP 200, the one-call-per-5-minutes rule (on by default, as the vendor;
 * {@link #enforceCallInterval(boolean)} turns it off), 7-day windows in IST, leads with string
 * fields and HTML in {@code QUERY_MESSAGE}. Push deliveries are built by {@link
 * WebhookSender#indiaMartPush}. Thread-safe.
 */
public final class FakeIndiaMart extends LeadSourceFake {

  private final IndiaMartApi api;

  private FakeIndiaMart(Clock clock, IndiaMartApi api) {
    super(clock, api, 2_650_000_000L);
    this.api = api;
  }

  /** Starts a fake on a free port that accepts {@code crmKey}. */
  public static FakeIndiaMart start(Clock clock, String crmKey) {
    return new FakeIndiaMart(clock, new IndiaMartApi(clock, crmKey));
  }

  /** Turns the one-call-per-5-minutes rule on or off; returns this. */
  public FakeIndiaMart enforceCallInterval(boolean on) {
    inLock(() -> api.enforceInterval(on));
    return this;
  }

  /**
   * A lead as IndiaMART sends it (query type W, received now), with an HTML message; add it to the
   * pull API with {@link #add}, or push it with {@link WebhookSender#indiaMartPush}.
   */
  public Map<String, Object> lead(String name, String mobile, String email) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("UNIQUE_QUERY_ID", Long.toString(nextId()));
    m.put("QUERY_TYPE", "W");
    m.put("QUERY_TIME", IndiaMartApi.queryTime(clock().instant()));
    m.put("SENDER_NAME", name);
    m.put("SENDER_MOBILE", mobile);
    m.put("SENDER_EMAIL", email);
    m.putAll(sample("indiamart-lead.json"));
    return m;
  }

  /** Makes {@code lead} readable through the pull API. */
  public void add(Map<String, Object> lead) {
    inLock(() -> api.add(new LinkedHashMap<>(lead)));
  }

  /** Calls answered so far. */
  public int calls() {
    return locked(api::calls);
  }
}
