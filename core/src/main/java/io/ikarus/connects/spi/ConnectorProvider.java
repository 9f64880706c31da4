package io.ikarus.connects.spi;

import io.ikarus.connects.CrmConnector;

/**
 * Builds one kind of connector from configuration, for {@link
 * io.ikarus.connects.CrmConnectors#fromConfig(java.util.Map)}. Found through {@link
 * java.util.ServiceLoader}: list the implementation in {@code
 * META-INF/services/io.ikarus.connects.spi.ConnectorProvider}. Implementations need a public
 * no-argument constructor and must be thread-safe.
 *
 * <pre>{@code
 * public final class HubSpotProvider implements ConnectorProvider {
 *   public String crmType() { return "hubspot"; }
 *   public CrmConnector create(ConnectorConfig config) {
 *     return HubSpotConnector.builder()
 *         .auth(BearerTokenAuth.of(config.requireAuth("api_token")))
 *         .options(config.options())
 *         .build();
 *   }
 * }
 * }</pre>
 */
public interface ConnectorProvider {

  /** The {@code crm_type} this provider builds, such as {@code "salesforce"}; lower case. */
  String crmType();

  /**
   * Builds a connector; does no I/O.
   *
   * @throws IllegalArgumentException naming the setting at fault when the configuration is invalid
   */
  CrmConnector create(ConnectorConfig config);
}
