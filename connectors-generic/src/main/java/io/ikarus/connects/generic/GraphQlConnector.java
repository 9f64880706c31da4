package io.ikarus.connects.generic;

/**
 * A connector for any GraphQL API, configured in JSON ({@code crm_type: "graphql"}): one document
 * per operation whose values travel only as variables (never spliced into the document), Relay
 * connections or a configured cursor path for paging, {@code errors} inside HTTP 200 treated as
 * failures with their {@code extensions.code} mapped by the error rules, and an optional
 * cost/complexity field fed to the rate limiter. See {@code docs/generic.md}. Thread-safe.
 *
 * <pre>{@code
 * CrmConnector monday = GraphQlConnector.builder()
 *     .configJson(mondayItemsConfig)
 *     .setting("boardId", "1234567890")
 *     .secret("token", System.getenv("MONDAY_TOKEN"))
 *     .build();
 * }</pre>
 */
public final class GraphQlConnector extends GenericConnector {

  private GraphQlConnector(GenericSetup setup) {
    super(setup);
  }

  /** A builder; a configuration is required. */
  public static GenericBuilder<GraphQlConnector> builder() {
    return new GenericBuilder<>(true, "GraphQlConnector", GraphQlConnector::new);
  }
}
