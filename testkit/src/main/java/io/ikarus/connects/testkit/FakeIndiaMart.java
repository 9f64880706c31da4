package io.ikarus.connects.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * IndiaMART's Lead Manager Pull API v2 ({@code /wservce/crm/crmListing/v2/}) for tests: the verdict
 * in {@code CODE} under HTTP 200, the one-call-per-5-minutes rule (on by default, as the vendor;
 * {@link #enforceCallInterval(boolean)} turns it off), 7-day windows in IST, leads with string
 * fields and HTML in {@code QUERY_MESSAGE}. Push deliveries are built by {@link
 * WebhookSender#indiaMartPush}. Thread-safe.
 *
 * <p>As integrators observe it: 401 for an unknown key; 400 for a window over 7 days or times not
 * in {@code dd-MMM-yyyyHH:mm:ss} (IST); 429 when the key calls again within 5 minutes, which also
 * blocks it for 15; 204 {@code STATUS:"FAILURE"} when the window holds no lead.
 */
public final class FakeIndiaMart extends LeadSourceFake {

  private static final DateTimeFormatter PARAM =
      DateTimeFormatter.ofPattern("dd-MMM-yyyyHH:mm:ss", Locale.ENGLISH);
  private static final DateTimeFormatter QUERY_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final String key;
  private boolean enforceInterval = true;
  private Instant lastCall;
  private Instant blockedUntil;
  private int calls;

  private FakeIndiaMart(Clock clock, String key) {
    super(clock, 2_650_000_000L);
    this.key = key;
    serve(this, 0);
  }

  /** Starts a fake on a free port that accepts {@code crmKey}. */
  public static FakeIndiaMart start(Clock clock, String crmKey) {
    return new FakeIndiaMart(clock, crmKey);
  }

  /** Turns the one-call-per-5-minutes rule on or off; returns this. */
  public FakeIndiaMart enforceCallInterval(boolean on) {
    inLock(() -> enforceInterval = on);
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
    m.put("QUERY_TIME", QUERY_TIME.format(clock().instant().atZone(IST)));
    m.put("SENDER_NAME", name);
    m.put("SENDER_MOBILE", mobile);
    m.put("SENDER_EMAIL", email);
    m.putAll(sample("indiamart-lead.json"));
    return m;
  }

  /** Makes {@code lead} readable through the pull API. */
  public void add(Map<String, Object> lead) {
    inLock(() -> leads.add(new LinkedHashMap<>(lead)));
  }

  /** Calls answered so far. */
  public int calls() {
    return locked(() -> calls);
  }

  @Override
  public FakeResponse handle(FakeRequest r) {
    calls++;
    if (!r.path().startsWith("/wservce/crm/crmListing/v2")) {
      return FakeResponse.text(404, "text/html", "<html><body>Not Found</body></html>");
    }
    Instant now = clock().instant();
    if (!key.equals(r.param("glusr_crm_key"))) {
      return failure(401, "Invalid key, or the key has expired.");
    }
    if (enforceInterval && blocked(now)) {
      return failure(
          429,
          "It is advised to hit this API once in every 5 minutes, but it seems that you have"
              + " crossed this limit. Please try again after 5 minutes.");
    }
    lastCall = now;
    return window(r.param("start_time"), r.param("end_time"));
  }

  private boolean blocked(Instant now) {
    if (blockedUntil != null && now.isBefore(blockedUntil)) {
      return true;
    }
    if (lastCall != null && now.isBefore(lastCall.plus(Duration.ofMinutes(5)))) {
      blockedUntil = now.plus(Duration.ofMinutes(15));
      return true;
    }
    return false;
  }

  private FakeResponse window(String startText, String endText) {
    LocalDateTime start;
    LocalDateTime end;
    try {
      start = LocalDateTime.parse(startText, PARAM);
      end = LocalDateTime.parse(endText, PARAM);
    } catch (DateTimeParseException | NullPointerException e) {
      return failure(400, "Invalid start_time or end_time format.");
    }
    if (end.isBefore(start) || Duration.between(start, end).compareTo(Duration.ofDays(7)) > 0) {
      return failure(400, "The time duration must not exceed 7 days.");
    }
    List<Map<String, Object>> found =
        within("QUERY_TIME", t -> LocalDateTime.parse(t, QUERY_TIME), start, end);
    if (found.isEmpty()) {
      return failure(
          204,
          "There are no leads in the given time duration. Please try for a different duration.");
    }
    return verdict(200, "SUCCESS", "Success", found);
  }

  /** A FAILURE verdict: IndiaMART answers it with no leads, still under HTTP 200. */
  private static FakeResponse failure(int code, String message) {
    return verdict(code, "FAILURE", message, List.of());
  }

  private static FakeResponse verdict(int code, String status, String message, List<?> leads) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("CODE", code);
    body.put("STATUS", status);
    body.put("MESSAGE", message);
    body.put("TOTAL_RECORDS", leads.size());
    body.put("RESPONSE", leads);
    return FakeResponse.json(200, body);
  }

  @Override
  public FakeResponse errorResponse(int status) {
    return FakeResponse.text(status, "text/html", "<html><body>Service Unavailable</body></html>");
  }
}
