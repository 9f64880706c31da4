package io.ikarus.connects.generic;

/**
 * A connector for any REST API, configured in JSON ({@code crm_type: "rest"}): auth, per-object
 * request templates, record selection, paging, filters, incremental reads, deletions, batches,
 * error rules and rate limits. The configuration reference is {@code docs/generic.md}; presets ship
 * for Close ({@code close}) and Zoho CRM v8 ({@code zoho-crm}). Thread-safe.
 *
 * <pre>{@code
 * CrmConnector crm = RestConnector.builder()
 *     .configJson(Files.readString(Path.of("acme-crm.json")))
 *     .secret("apiKey", System.getenv("ACME_KEY"))
 *     .build();
 * }</pre>
 */
public final class RestConnector extends GenericConnector {

  private RestConnector(GenericSetup setup) {
    super(setup);
  }

  /** A builder; a configuration is required. */
  public static GenericBuilder<RestConnector> builder() {
    return new GenericBuilder<>(false, "RestConnector", RestConnector::new);
  }
}
