package io.ikarus.connects.leads;

import io.ikarus.connects.mapping.FieldMapping;

/**
 * A configured lead source connector: where leads come from and how its payloads map to {@link
 * Lead} fields. Implemented by {@link WebhookSource}s (push) and {@link PullSource}s (scheduled
 * pull); the ready ones are built with their builders ({@link MetaLeadAdsSource#builder}, ...).
 * Implementations are immutable apart from secret rotation, and thread-safe.
 */
public interface LeadSource {

  /** The connector's id: unique in a pipeline, and the path segment webhooks are routed on. */
  String id();

  /** The kind of source: {@code webhook}, {@code meta}, {@code indiamart}, ... */
  String kind();

  /** ISO 3166 code of the country assumed for phone numbers written without a country code. */
  String defaultCountry();

  /**
   * The namespace its event and external ids are unique in: the connector id by default; the source
   * kind for sources whose ids are unique across accounts (IndiaMART, Meta, Google), so that
   * IndiaMART's push and pull connectors share their {@code UNIQUE_QUERY_ID}s.
   */
  default String dedupScope() {
    return id();
  }

  /** Maps one payload to {@link Lead#FIELDS}; the source's default unless overridden. */
  FieldMapping mapping();
}
