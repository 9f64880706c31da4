package io.ikarus.connects.leads.internal;

import io.ikarus.connects.error.AuthenticationException;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.ServerException;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.leads.InboundLead;
import io.ikarus.connects.leads.PullResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** One IndiaMART Pull API v2 call per pull, its window and its verdicts; see the public source. */
public final class IndiaMartPull {

  /** IndiaMART's time parameter format: IST, no space between date and time. */
  public static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("dd-MMM-yyyyHH:mm:ss", Locale.ENGLISH)
          .withZone(ZoneId.of("Asia/Kolkata"));

  private static final Duration CALL_GAP = Duration.ofMinutes(5);
  private static final Duration BLOCK = Duration.ofMinutes(15);
  private static final Duration MAX_WINDOW = Duration.ofDays(7);

  private final String baseUrl;
  private final String key;
  private final Set<String> types;
  private final Duration firstLookback;
  private final String connector;
  private volatile Instant lastCall;

  /** Creates the puller. */
  public IndiaMartPull(
      String baseUrl, String key, Set<String> types, Duration firstLookback, String connector) {
    this.baseUrl = baseUrl;
    this.key = key;
    this.types = Set.copyOf(types);
    this.firstLookback = firstLookback;
    this.connector = connector;
  }

  /** Pulls the window after {@code checkpoint}. */
  public CompletableFuture<PullResult> pull(String checkpoint, Instant now) {
    PullState state = PullState.parse(checkpoint, now.minus(firstLookback));
    Instant last = latest(lastCall, state.lastCall());
    if (state.blockedUntil() != null && now.isBefore(state.blockedUntil())) {
      return skipped("skipped: IndiaMART blocked the key until " + state.blockedUntil());
    }
    if (last != null && now.isBefore(last.plus(CALL_GAP))) {
      return skipped("skipped: IndiaMART allows one call per 5 minutes");
    }
    Instant start = state.end().minus(CALL_GAP);
    Instant end = now.isAfter(start.plus(MAX_WINDOW)) ? start.plus(MAX_WINDOW) : now;
    Map<String, String> q = new LinkedHashMap<>();
    q.put("glusr_crm_key", key);
    q.put("start_time", TIME.format(start));
    q.put("end_time", TIME.format(end));
    lastCall = now;
    String url = baseUrl + "/wservce/crm/crmListing/v2/?" + Http.query(q);
    return Http.get(url, Map.of(), connector, "pull").thenApply(r -> verdict(r, state, end, now));
  }

  private PullResult verdict(Http.Response r, PullState state, Instant end, Instant now) {
    Map<String, Object> body = Payloads.object(r.body().getBytes(StandardCharsets.UTF_8));
    if (r.status() != 200 || body == null) {
      throw new ServerException(
          "IndiaMART answered HTTP " + r.status() + (body == null ? " without JSON" : ""),
          context(r.status(), null));
    }
    String code = Payloads.text(body.get("CODE"));
    String message = Payloads.text(body.get("MESSAGE"));
    return switch (code == null ? "" : code) {
      case "200" -> leads(Payloads.list(body.get("RESPONSE")), new PullState(end, now, null));
      case "204" ->
          new PullResult(
              List.of(), new PullState(end, now, null).format(), "no leads in window", 0);
      case "429" ->
          new PullResult(
              List.of(),
              new PullState(state.end(), now, now.plus(BLOCK)).format(),
              "rate limited by IndiaMART; next call after " + now.plus(BLOCK),
              0);
      default -> throw failure(code, message);
    };
  }

  private PullResult leads(List<Object> rows, PullState next) {
    List<InboundLead> leads = new ArrayList<>();
    int skipped = 0;
    for (Object row : rows) {
      Map<String, Object> lead = Payloads.map(row);
      if (!types.contains(Payloads.text(lead.get("QUERY_TYPE")))) {
        skipped++;
      } else {
        String id = Payloads.text(lead.get("UNIQUE_QUERY_ID"));
        leads.add(InboundLead.of(id, lead, Payloads.bytes(lead)));
      }
    }
    return new PullResult(leads, next.format(), leads.size() + " leads", skipped);
  }

  private CrmException failure(String code, String message) {
    ErrorContext ctx = context(200, code);
    String detail = "IndiaMART CODE " + code + (message == null ? "" : ": " + message);
    return switch (code == null ? "" : code) {
      case "401" -> new AuthenticationException(detail, ctx);
      case "400" -> new ValidationException(detail, ctx, List.of());
      default -> new ServerException(detail, ctx);
    };
  }

  private ErrorContext context(int status, String code) {
    return ErrorContext.of(connector, "pull").withResponse(status, code, null);
  }

  private static CompletableFuture<PullResult> skipped(String note) {
    return CompletableFuture.completedFuture(new PullResult(List.of(), null, note, 0));
  }

  private static Instant latest(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }
}
