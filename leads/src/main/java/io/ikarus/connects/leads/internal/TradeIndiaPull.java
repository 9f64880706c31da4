package io.ikarus.connects.leads.internal;

import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.ServerException;
import io.ikarus.connects.leads.InboundLead;
import io.ikarus.connects.leads.PullResult;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * TradeIndia's My Inquiry API, page by page: whole days in IST from the checkpoint's day (re-read,
 * deduplication absorbs the overlap) to today, at most 7 days per pull.
 */
public final class TradeIndiaPull {

  private static final ZoneId IST = ZoneId.of("Asia/Kolkata");
  private static final int MAX_PAGES = 200;

  private final String baseUrl;
  private final Map<String, String> credentials;
  private final int pageSize;
  private final int firstLookbackDays;
  private final String connector;

  /** Creates the puller; {@code credentials} are userid, profile_id and key. */
  public TradeIndiaPull(
      String baseUrl,
      Map<String, String> credentials,
      int pageSize,
      int firstLookbackDays,
      String connector) {
    this.baseUrl = baseUrl;
    this.credentials = Map.copyOf(credentials);
    this.pageSize = pageSize;
    this.firstLookbackDays = firstLookbackDays;
    this.connector = connector;
  }

  /** Pulls the days after {@code checkpoint} (an ISO date). */
  public CompletableFuture<PullResult> pull(String checkpoint, Instant now) {
    LocalDate today = LocalDate.ofInstant(now, IST);
    LocalDate from =
        checkpoint == null ? today.minusDays(firstLookbackDays) : LocalDate.parse(checkpoint);
    LocalDate to = from.plusDays(6).isBefore(today) ? from.plusDays(6) : today;
    List<InboundLead> leads = new ArrayList<>();
    return page(from, to, 1, leads)
        .thenApply(v -> new PullResult(leads, to.toString(), leads.size() + " inquiries", 0));
  }

  private CompletableFuture<Void> page(LocalDate from, LocalDate to, int n, List<InboundLead> out) {
    if (n > MAX_PAGES) {
      return CompletableFuture.failedFuture(
          new ServerException(
              "TradeIndia kept returning full pages", ErrorContext.of(connector, "pull")));
    }
    Map<String, String> q = new LinkedHashMap<>();
    q.put("userid", credentials.get("userid"));
    q.put("profile_id", credentials.get("profile_id"));
    q.put("key", credentials.get("key"));
    q.put("from_date", from.toString());
    q.put("to_date", to.toString());
    q.put("limit", Integer.toString(pageSize));
    q.put("page_no", Integer.toString(n));
    String url = baseUrl + "/utils/my_inquiry.html?" + Http.query(q);
    return Http.get(url, Map.of(), connector, "pull")
        .thenCompose(
            r -> {
              List<Object> rows = rows(r);
              for (Object row : rows) {
                Map<String, Object> m = Payloads.map(row);
                out.add(InboundLead.of(Payloads.text(m.get("rfi_id")), m, Payloads.bytes(m)));
              }
              return rows.size() < pageSize
                  ? CompletableFuture.completedFuture(null)
                  : page(from, to, n + 1, out);
            });
  }

  private List<Object> rows(Http.Response r) {
    if (r.status() != 200) {
      throw new ServerException(
          "TradeIndia answered HTTP " + r.status(),
          ErrorContext.of(connector, "pull").withResponse(r.status(), null, null));
    }
    return TradeIndiaBodies.inquiries(r.body(), connector);
  }
}
