package io.ikarus.connects.leads.internal;

import io.ikarus.connects.error.AuthenticationException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.ServerException;
import io.ikarus.connects.leads.InboundLead;
import io.ikarus.connects.leads.PullResult;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * LinkedIn Lead Sync: {@code GET /rest/leadFormResponses?q=owner} (Rest.li 2.0 query syntax) for
 * the submissions of a time range, 100 per page; answers are keyed by question id and mapped to
 * lead fields by the configured question map.
 */
public final class LinkedInPull {

  private static final int COUNT = 100;
  private final String baseUrl;
  private final String token;
  private final String version;
  private final String owner;
  private final Map<String, String> questions;
  private final String connector;

  /** Creates the puller; {@code owner} is a URN such as {@code urn:li:sponsoredAccount:123}. */
  public LinkedInPull(
      String baseUrl,
      String token,
      String version,
      String owner,
      Map<String, String> questions,
      String connector) {
    this.baseUrl = baseUrl;
    this.token = token;
    this.version = version;
    this.owner = owner;
    this.questions = Map.copyOf(questions);
    this.connector = connector;
  }

  /** Reads submissions after {@code checkpoint} (epoch milliseconds) up to {@code now}. */
  public CompletableFuture<PullResult> pull(String checkpoint, Instant now) {
    long end = now.toEpochMilli();
    long start =
        (checkpoint == null ? end - Duration.ofDays(1).toMillis() : Long.parseLong(checkpoint))
            - Duration.ofMinutes(5).toMillis();
    List<InboundLead> out = new ArrayList<>();
    return page(start, end, 0, out)
        .thenApply(v -> new PullResult(out, Long.toString(end), out.size() + " responses", 0));
  }

  private CompletableFuture<Void> page(long start, long end, int offset, List<InboundLead> out) {
    String kind = owner.split(":")[2];
    String url =
        baseUrl
            + "/rest/leadFormResponses?q=owner&owner=("
            + kind
            + ":"
            + URLEncoder.encode(owner, StandardCharsets.UTF_8)
            + ")&leadType=(leadType:SPONSORED)&submittedAtTimeRange=(start:"
            + start
            + ",end:"
            + end
            + ")&limitedToTestLeads=false&start="
            + offset
            + "&count="
            + COUNT;
    Map<String, String> headers =
        Map.of(
            "Authorization",
            "Bearer " + token,
            "LinkedIn-Version",
            version,
            "X-Restli-Protocol-Version",
            "2.0.0");
    return Http.get(url, headers, connector, "pull")
        .thenCompose(
            r -> {
              List<Object> elements = elements(r);
              elements.forEach(e -> out.add(lead(Payloads.map(e))));
              return elements.size() < COUNT
                  ? CompletableFuture.completedFuture(null)
                  : page(start, end, offset + COUNT, out);
            });
  }

  private List<Object> elements(Http.Response r) {
    ErrorContext ctx = ErrorContext.of(connector, "pull").withResponse(r.status(), null, null);
    if (r.status() == 401 || r.status() == 403) {
      throw new AuthenticationException("LinkedIn refused the token or scope", ctx);
    }
    Map<String, Object> body = Payloads.object(r.body().getBytes(StandardCharsets.UTF_8));
    if (r.status() != 200 || body == null) {
      throw new ServerException("LinkedIn answered HTTP " + r.status(), ctx);
    }
    return Payloads.list(body.get("elements"));
  }

  private InboundLead lead(Map<String, Object> e) {
    Map<String, Object> fields = new LinkedHashMap<>();
    String id = Payloads.text(e.get("id"));
    fields.put("id", id);
    fields.put("submittedAt", e.get("submittedAt"));
    Map<String, Object> meta = Payloads.map(e.get("leadMetadata"));
    fields.put("campaign", Payloads.map(meta.get("sponsoredLeadMetadata")).get("campaign"));
    for (Object a : Payloads.list(Payloads.map(e.get("formResponse")).get("answers"))) {
      Map<String, Object> answer = Payloads.map(a);
      String field = questions.get(Payloads.text(answer.get("questionId")));
      Object text =
          Payloads.map(Payloads.map(answer.get("answerDetails")).get("textQuestionAnswer"))
              .get("answer");
      if (field != null) {
        fields.put(field, text);
      }
    }
    return InboundLead.of(id, fields, Payloads.bytes(e));
  }
}
