package io.ikarus.connects.minicrm;

import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.spi.ConnectorConfig;
import io.ikarus.connects.spi.ConnectorProvider;
import java.util.Set;

/** Builds {@link MiniCrmConnector}s from configuration, for the fromConfig tests. */
public final class MiniCrmProvider implements ConnectorProvider {

  /** The last configuration seen, so tests can inspect what fromConfig produced. */
  static volatile ConnectorConfig lastConfig;

  @Override
  public String crmType() {
    return "minicrm";
  }

  @Override
  public Set<String> authKeys() {
    return Set.of("client_id", "client_secret");
  }

  @Override
  public Set<String> optionKeys() {
    return Set.of("bulk_threshold");
  }

  @Override
  public CrmConnector create(ConnectorConfig config) {
    lastConfig = config;
    return new MiniCrmConnector(
        new TestClientCredentials(config.requireAuth("client_secret")), config.options());
  }
}
