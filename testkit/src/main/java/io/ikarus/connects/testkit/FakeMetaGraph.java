package io.ikarus.connects.testkit;

import io.ikarus.connects.testkit.internal.leads.MetaGraphApi;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Meta Graph API's lead endpoint ({@code GET /v<NN>.0/<leadgen id>}) for Lead Ads tests: leads
 * with {@code field_data} answers as arrays of strings, page tokens and {@code appsecret_proof}
 * checked, Graph error bodies. Pair it with {@link WebhookSender#metaLeadgen} to notify.
 * Thread-safe.
 */
public final class FakeMetaGraph extends LeadSourceFake {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx").withZone(ZoneOffset.UTC);

  private final MetaGraphApi api;

  private FakeMetaGraph(Clock clock, MetaGraphApi api) {
    super(clock, api, 900_000_000_000L);
    this.api = api;
  }

  /**
   * Starts a fake on a free port that accepts {@code pageToken} and checks proofs with the secret.
   */
  public static FakeMetaGraph start(String appSecret, String pageToken, Clock clock) {
    MetaGraphApi api = new MetaGraphApi(appSecret);
    api.addToken(pageToken);
    return new FakeMetaGraph(clock, api);
  }

  /**
   * Adds a lead with form answers ({@code full_name}, {@code email}, {@code phone_number}, ...),
   * from ad {@code adName} of campaign {@code campaignName}; returns its (numeric) leadgen id.
   */
  public long addLead(Map<String, String> answers, String adName, String campaignName) {
    long id = nextId();
    List<Object> fieldData = new ArrayList<>();
    answers.forEach((k, v) -> fieldData.add(Map.of("name", k, "values", List.of(v))));
    Map<String, Object> lead = new LinkedHashMap<>();
    lead.put("id", Long.toString(id));
    lead.put("created_time", TIME.format(clock().instant()));
    lead.put("field_data", fieldData);
    lead.put("ad_id", "23850000000000001");
    lead.put("ad_name", adName);
    lead.put("campaign_name", campaignName);
    lead.put("form_id", "12312312312");
    lead.put("platform", "fb");
    inLock(() -> api.put(Long.toString(id), lead));
    return id;
  }

  /** How many lead reads returned a lead. */
  public int leadReads() {
    return locked(api::reads);
  }
}
