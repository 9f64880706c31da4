package io.ikarus.connects.leads;

import io.ikarus.connects.leads.internal.LinkedInPull;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * LinkedIn Lead Gen Forms through Lead Sync (preset, polling): {@code GET
 * /rest/leadFormResponses?q=owner} with {@code LinkedIn-Version} (monthly versions are retired
 * after about a year, so it is required here) and Rest.li 2.0. Answers carry question ids only;
 * {@link Builder#question} maps them to lead fields ({@code phoneNumber}, {@code name}, {@code
 * email}, {@code company}); the response id deduplicates. Thread-safe.
 */
public final class LinkedInLeadSyncSource extends AbstractLeadSource implements PullSource {

  private final LinkedInPull pull;
  private final Duration interval;

  private LinkedInLeadSyncSource(Builder b) {
    super(b);
    this.interval = b.interval;
    this.pull = new LinkedInPull(b.baseUrl, b.token, b.version, b.owner, b.questions, b.id);
  }

  /** A builder for connector {@code id}. */
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

  /** Builds a {@link LinkedInLeadSyncSource}. */
  public static final class Builder extends LeadSourceBuilder<Builder> {
    private String token;
    private String version;
    private String owner;
    private final Map<String, String> questions = new HashMap<>();
    private String baseUrl = "https://api.linkedin.com";
    private Duration interval = Duration.ofMinutes(15);

    private Builder(String id) {
      super(id, "linkedin", "IN");
    }

    /** The OAuth access token (scope {@code r_marketing_leadgen_automation}; required). */
    public Builder accessToken(String token) {
      this.token = Objects.requireNonNull(token, "token");
      return this;
    }

    /** The {@code LinkedIn-Version} header, {@code YYYYMM} (required). */
    public Builder linkedInVersion(String version) {
      if (version == null || !version.matches("\\d{6}")) {
        throw new IllegalArgumentException("LinkedIn-Version is YYYYMM, got " + version);
      }
      this.version = version;
      return this;
    }

    /** The owner URN: {@code urn:li:sponsoredAccount:<id>} or {@code urn:li:organization:<id>}. */
    public Builder owner(String ownerUrn) {
      if (ownerUrn == null || !ownerUrn.matches("urn:li:(sponsoredAccount|organization):\\d+")) {
        throw new IllegalArgumentException("owner must be a sponsoredAccount or organization URN");
      }
      this.owner = ownerUrn;
      return this;
    }

    /** Maps the answer to question {@code questionId} to lead field {@code field}. */
    public Builder question(String questionId, String field) {
      questions.put(questionId, field);
      return this;
    }

    /** Where the API is reached; default {@code https://api.linkedin.com}. */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl.replaceAll("/+$", "");
      return this;
    }

    /** How often a scheduled pipeline pulls; default 15 minutes. */
    public Builder pollInterval(Duration interval) {
      this.interval = Objects.requireNonNull(interval, "interval");
      return this;
    }

    /**
     * Builds the source.
     *
     * @throws IllegalStateException without token, version or owner
     */
    public LinkedInLeadSyncSource build() {
      if (token == null || version == null || owner == null) {
        throw new IllegalStateException("LinkedIn needs accessToken, linkedInVersion and owner");
      }
      return new LinkedInLeadSyncSource(this);
    }
  }
}
