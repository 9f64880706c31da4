package io.ikarus.connects.spi;

import io.ikarus.connects.CrmConnector;
import java.util.Set;

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

  /**
   * The {@code auth_config} keys this provider reads. {@link
   * io.ikarus.connects.CrmConnectors#fromConfig(java.util.Map)} refuses any other key, naming the
   * closest valid one. Null, the default, leaves the section unchecked (for providers written
   * before this check); every provider shipped with the SDK declares its keys.
   */
  default Set<String> authKeys() {
    return null;
  }

  /**
   * The {@code options} keys this provider reads beyond the common ones ({@code base_url}, {@code
   * auth_url}, {@code api_version}, {@code timeout_ms}, {@code max_attempts}, {@code
   * max_concurrent}, {@code rate_limits}). Null, the default, leaves other option keys unchecked;
   * an empty set allows only the common ones.
   */
  default Set<String> optionKeys() {
    return null;
  }
}
