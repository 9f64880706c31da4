package io.ikarus.connects.testkit.internal.leads;

import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.VendorApi;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * IndiaMART's Pull API v2 as integrators observe it: HTTP 200 always with the verdict in {@code
 * CODE}; 401 for an unknown key; 400 for a window over 7 days or times not in {@code
 * dd-MMM-yyyyHH:mm:ss} (IST); 429 when the key calls again within 5 minutes, which also blocks it
 * for 15; 204 {@code STATUS:"FAILURE"} when the window holds no lead.
 */
public final class IndiaMartApi implements VendorApi {

  /** IST, as IndiaMART keeps times. */
  public static final ZoneId IST = ZoneId.of("Asia/Kolkata");

  private static final DateTimeFormatter PARAM =
      DateTimeFormatter.ofPattern("dd-MMM-yyyyHH:mm:ss", Locale.ENGLISH);
  private static final DateTimeFormatter QUERY_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final Clock clock;
  private final String key;
  private final List<Map<String, Object>> leads = new ArrayList<>();
  private boolean enforceInterval = true;
  private Instant lastCall;
  private Instant blockedUntil;
  private int calls;

  /** Creates the API for {@code key}. */
  public IndiaMartApi(Clock clock, String key) {
    this.clock = clock;
    this.key = key;
  }

  /** Turns the one-call-per-5-minutes rule on (default) or off. */
  public void enforceInterval(boolean on) {
    this.enforceInterval = on;
  }

  /** Adds a lead (all values strings, as IndiaMART sends them). */
  public void add(Map<String, Object> lead) {
    leads.add(lead);
  }

  /** {@code QUERY_TIME} text for {@code at}. */
  public static String queryTime(Instant at) {
    return QUERY_TIME.format(at.atZone(IST));
  }

  /** Calls answered so far (any verdict). */
  public int calls() {
    return calls;
  }

  @Override
  public FakeResponse handle(FakeRequest r) {
    calls++;
    if (!r.path().startsWith("/wservce/crm/crmListing/v2")) {
      return FakeResponse.text(404, "text/html", "<html><body>Not Found</body></html>");
    }
    Instant now = clock.instant();
    if (!key.equals(r.param("glusr_crm_key"))) {
      return verdict(401, "FAILURE", "Invalid key, or the key has expired.", null);
    }
    if (enforceInterval && blocked(now)) {
      return verdict(
          429,
          "FAILURE",
          "It is advised to hit this API once in every 5 minutes, but it seems that you have"
              + " crossed this limit. Please try again after 5 minutes.",
          null);
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
      return verdict(400, "FAILURE", "Invalid start_time or end_time format.", null);
    }
    if (end.isBefore(start) || Duration.between(start, end).compareTo(Duration.ofDays(7)) > 0) {
      return verdict(400, "FAILURE", "The time duration must not exceed 7 days.", null);
    }
    List<Map<String, Object>> found = new ArrayList<>();
    for (Map<String, Object> lead : leads) {
      LocalDateTime t = LocalDateTime.parse((String) lead.get("QUERY_TIME"), QUERY_TIME);
      if (!t.isBefore(start) && !t.isAfter(end)) {
        found.add(lead);
      }
    }
    if (found.isEmpty()) {
      return verdict(
          204,
          "FAILURE",
          "There are no leads in the given time duration. Please try for a different duration.",
          List.of());
    }
    return verdict(200, "SUCCESS", "Success", found);
  }

  private static FakeResponse verdict(int code, String status, String message, List<?> leads) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("CODE", code);
    body.put("STATUS", status);
    body.put("MESSAGE", message);
    body.put("TOTAL_RECORDS", leads == null ? 0 : leads.size());
    body.put("RESPONSE", leads == null ? List.of() : leads);
    return FakeResponse.json(200, body);
  }

  @Override
  public FakeResponse errorResponse(int status) {
    return FakeResponse.text(status, "text/html", "<html><body>Service Unavailable</body></html>");
  }
}
