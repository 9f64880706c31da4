package io.ikarus.connects.testkit.internal.leads;

import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.FakeTradeIndia.Shape;
import io.ikarus.connects.testkit.VendorApi;
import io.ikarus.connects.testkit.internal.Json;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * TradeIndia's My Inquiry API as clients observe it: a bare JSON array by default, {@code
 * Error_Message} objects under HTTP 200 for bad credentials, whole-day windows, {@code limit} and
 * 1-based {@code page_no}. The other shapes seen in the wild are switches: wrapped in {@code
 * {"data": [...]}}, junk before the JSON, an HTML error page.
 */
public final class TradeIndiaApi implements VendorApi {

  private final Map<String, String> credentials;
  private final List<Map<String, Object>> inquiries = new ArrayList<>();
  private Shape shape = Shape.BARE;

  /** Creates the API accepting {@code credentials} (userid, profile_id, key). */
  public TradeIndiaApi(Map<String, String> credentials) {
    this.credentials = Map.copyOf(credentials);
  }

  /** Sets the shape of the next answers. */
  public void shape(Shape shape) {
    this.shape = shape;
  }

  /** Adds an inquiry. */
  public void add(Map<String, Object> inquiry) {
    inquiries.add(inquiry);
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
    LocalDate from = LocalDate.parse(r.param("from_date"));
    LocalDate to = LocalDate.parse(r.param("to_date"));
    int limit = r.param("limit") == null ? 100 : Integer.parseInt(r.param("limit"));
    int pageNo = r.param("page_no") == null ? 1 : Integer.parseInt(r.param("page_no"));
    List<Map<String, Object>> inWindow = new ArrayList<>();
    for (Map<String, Object> i : inquiries) {
      LocalDate d = LocalDate.parse((String) i.get("generated_date"));
      if (!d.isBefore(from) && !d.isAfter(to)) {
        inWindow.add(i);
      }
    }
    int start = Math.min((pageNo - 1) * limit, inWindow.size());
    return inWindow.subList(start, Math.min(start + limit, inWindow.size()));
  }

  @Override
  public FakeResponse errorResponse(int status) {
    return FakeResponse.text(status, "text/html", "<html><body>Error " + status + "</body></html>");
  }
}
