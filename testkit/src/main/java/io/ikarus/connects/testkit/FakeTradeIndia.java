package io.ikarus.connects.testkit;

import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.WholeNumber;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * TradeIndia's My Inquiry API ({@code /utils/my_inquiry.html}) for tests: bare-array answers by
 * default, {@code Error_Message} under HTTP 200 for bad credentials, whole-day windows, paging by
 * {@code limit} and 1-based {@code page_no}, HTML in {@code message}; {@link #shape} switches to
 * the wrapped, junk-prefixed or HTML-error answers some accounts get. Thread-safe.
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

  private static final int MAX = Integer.MAX_VALUE;

  private final Map<String, String> credentials;
  private Shape shape = Shape.BARE;

  private FakeTradeIndia(Clock clock, Map<String, String> credentials) {
    super(clock, 71_000_000L);
    this.credentials = credentials;
    serve(this, 0);
  }

  /** Starts a fake on a free port accepting these credentials. */
  public static FakeTradeIndia start(Clock clock, String userId, String profileId, String key) {
    return new FakeTradeIndia(clock, Map.of("userid", userId, "profile_id", profileId, "key", key));
  }

  /** Answers the next calls in {@code shape}; returns this. */
  public FakeTradeIndia shape(Shape shape) {
    inLock(() -> this.shape = shape);
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
    inLock(() -> leads.add(m));
    return m;
  }

  @Override
  public FakeResponse handle(FakeRequest r) {
    if (!r.path().startsWith("/utils/my_inquiry.html")) {
      return errorResponse(404);
    }
    for (Map.Entry<String, String> c : credentials.entrySet()) {
      if (!c.getValue().equals(r.param(c.getKey()))) {
        return FakeResponse.json(200, Map.of("Error_Message", "Invalid userid, profile_id or key"));
      }
    }
    if (shape == Shape.HTML_ERROR) {
      return FakeResponse.text(200, "text/html", "<html><body><h1>503 Service Unavailable</h1>");
    }
    List<Map<String, Object>> page;
    try {
      page = page(r);
    } catch (DateTimeParseException | NumberFormatException e) {
      return FakeResponse.json(200, Map.of("Error_Message", "Invalid date or paging parameters"));
    }
    return switch (shape) {
      case WRAPPED -> FakeResponse.json(200, Map.of("data", page));
      case JUNK_PREFIXED -> FakeResponse.text(200, "text/html", "\uFEFFok\n" + Json.write(page));
      default -> FakeResponse.json(200, page);
    };
  }

  private List<Map<String, Object>> page(FakeRequest r) {
    // a missing date is refused as an invalid one
    LocalDate from = LocalDate.parse(Objects.requireNonNullElse(r.param("from_date"), ""));
    LocalDate to = LocalDate.parse(Objects.requireNonNullElse(r.param("to_date"), ""));
    int limit = WholeNumber.parse(r.param("limit"), 100, 1, MAX, NumberFormatException::new);
    int pageNo = WholeNumber.parse(r.param("page_no"), 1, 1, MAX, NumberFormatException::new);
    List<Map<String, Object>> inWindow = within("generated_date", LocalDate::parse, from, to);
    int start = (int) Math.min((pageNo - 1L) * limit, inWindow.size());
    return inWindow.subList(start, (int) Math.min((long) start + limit, inWindow.size()));
  }

  @Override
  public FakeResponse errorResponse(int status) {
    return FakeResponse.text(status, "text/html", "<html><body>Error " + status + "</body></html>");
  }
}
