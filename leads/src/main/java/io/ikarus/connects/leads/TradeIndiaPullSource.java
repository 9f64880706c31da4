package io.ikarus.connects.leads;

import io.ikarus.connects.leads.internal.TradeIndiaPull;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * TradeIndia's My Inquiry API ({@code GET /utils/my_inquiry.html?userid&profile_id&key&from_date
 * &to_date&limit&page_no}), pulled on a schedule or by hand through {@link LeadPipeline#poll}. It
 * has whole-day windows (IST), so each pull re-reads the checkpoint's day and {@code rfi_id}
 * deduplicates. Tolerant of the shapes seen in the wild: bare or wrapped arrays, text before the
 * JSON; an {@code Error_Message} or an HTML page fails the pull and keeps the checkpoint. Default
 * mapping: {@code sender_mobile}, {@code sender_name}, {@code sender_email}, {@code sender_co},
 * {@code sender_city}, {@code sender_state}, {@code sender_country}, {@code product_name}, {@code
 * message}, {@code rfi_id} to externalId. Thread-safe.
 */
public final class TradeIndiaPullSource extends AbstractLeadSource implements PullSource {

  private final TradeIndiaPull pull;
  private final Duration interval;

  private TradeIndiaPullSource(Builder b) {
    super(b);
    this.interval = b.interval;
    this.pull =
        new TradeIndiaPull(
            b.baseUrl,
            Map.of("userid", b.userId, "profile_id", b.profileId, "key", b.key),
            b.pageSize,
            b.firstLookbackDays,
            b.id);
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

  /** Builds a {@link TradeIndiaPullSource}. */
  public static final class Builder extends LeadSourceBuilder<Builder> {
    private String userId;
    private String profileId;
    private String key;
    private String baseUrl = "https://www.tradeindia.com";
    private Duration interval = Duration.ofMinutes(15);
    private int pageSize = 50;
    private int firstLookbackDays = 1;

    private Builder(String id) {
      super(id, "tradeindia", "IN");
    }

    /** The account's {@code userid}, {@code profile_id} and API {@code key} (required). */
    public Builder credentials(String userId, String profileId, String key) {
      this.userId = Objects.requireNonNull(userId, "userId");
      this.profileId = Objects.requireNonNull(profileId, "profileId");
      this.key = Objects.requireNonNull(key, "key");
      return this;
    }

    /** Where the API is reached; default {@code https://www.tradeindia.com}. */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl.replaceAll("/+$", "");
      return this;
    }

    /** How often a scheduled pipeline pulls; default 15 minutes. */
    public Builder pollInterval(Duration interval) {
      this.interval = Objects.requireNonNull(interval, "interval");
      return this;
    }

    /** Inquiries per page ({@code limit}); default 50. */
    public Builder pageSize(int pageSize) {
      if (pageSize < 1) {
        throw new IllegalArgumentException("pageSize must be positive, got " + pageSize);
      }
      this.pageSize = pageSize;
      return this;
    }

    /**
     * Builds the source.
     *
     * @throws NullPointerException without credentials
     */
    public TradeIndiaPullSource build() {
      Objects.requireNonNull(key, "a TradeIndia source needs credentials");
      return new TradeIndiaPullSource(this);
    }
  }
}
