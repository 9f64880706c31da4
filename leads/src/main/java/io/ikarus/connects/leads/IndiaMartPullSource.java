package io.ikarus.connects.leads;

import io.ikarus.connects.leads.internal.IndiaMartPull;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * IndiaMART's Pull API v2 ({@code GET /wservce/crm/crmListing/v2/?glusr_crm_key=&start_time=
 * &end_time=}), as the fallback and scheduled sync beside the push. Windows of at most 7 days in
 * IST ({@code dd-MMM-yyyyHH:mm:ss}), overlapping the last one by 5 minutes; the verdict is read
 * from {@code CODE} (HTTP is 200 even on failure): 200 leads, 204 none (the window still advances),
 * 429 the one-call-per-5-minutes rule broken (no call for 15 minutes), 401 a bad or regenerated
 * key. This source itself never calls more than once per 5 minutes, so a manual trigger too soon
 * after the last call is skipped with a note. {@code QUERY_TYPE}s outside the accepted set (default
 * W, B, P, WA: catalog views, BIZ, carry no enquiry) are counted as skipped. Thread-safe.
 */
public final class IndiaMartPullSource extends AbstractLeadSource implements PullSource {

  private final IndiaMartPull pull;
  private final Duration interval;

  private IndiaMartPullSource(Builder b) {
    super(b);
    this.interval = b.interval;
    this.pull = new IndiaMartPull(b.baseUrl, b.crmKey, b.queryTypes, b.firstLookback, b.id);
  }

  /** A builder for connector {@code id}; default country India. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  @Override
  public Duration pollInterval() {
    return interval;
  }

  @Override
  public CompletableFuture<PullResult> pull(String checkpoint, Instant now) {
    return pull.pull(checkpoint, now);
  }

  /** Builds an {@link IndiaMartPullSource}. */
  public static final class Builder extends LeadSourceBuilder<Builder> {
    private String crmKey;
    private String baseUrl = "https://mapi.indiamart.com";
    private Duration interval = Duration.ofMinutes(10);
    private Duration firstLookback = Duration.ofDays(1);
    private Set<String> queryTypes = Set.of("W", "B", "P", "WA");

    private Builder(String id) {
      super(id, "indiamart", "IN");
      dedupScope("indiamart");
    }

    /** The CRM API v2 key ({@code glusr_crm_key}; required). */
    public Builder crmKey(String crmKey) {
      this.crmKey = Objects.requireNonNull(crmKey, "crmKey");
      return this;
    }

    /** Where the API is reached; default {@code https://mapi.indiamart.com}. */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl.replaceAll("/+$", "");
      return this;
    }

    /** How often a scheduled pipeline pulls: at least 5 minutes; default 10 minutes. */
    public Builder pollInterval(Duration interval) {
      if (interval.compareTo(Duration.ofMinutes(5)) < 0) {
        throw new IllegalArgumentException("IndiaMART allows one call per 5 minutes per key");
      }
      this.interval = interval;
      return this;
    }

    /** How far back the first pull reads: up to 7 days; default 1 day. */
    public Builder firstLookback(Duration lookback) {
      if (lookback.isNegative() || lookback.compareTo(Duration.ofDays(7)) > 0) {
        throw new IllegalArgumentException("the first lookback must be 0 to 7 days");
      }
      this.firstLookback = lookback;
      return this;
    }

    /** The {@code QUERY_TYPE}s turned into leads; default W, B, P, WA. */
    public Builder queryTypes(String... types) {
      this.queryTypes = Set.of(types);
      return this;
    }

    /**
     * Builds the source.
     *
     * @throws NullPointerException without a key
     */
    public IndiaMartPullSource build() {
      Objects.requireNonNull(crmKey, "an IndiaMART pull source needs crmKey");
      return new IndiaMartPullSource(this);
    }
  }
}
