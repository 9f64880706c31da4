package io.ikarus.connects.generic.internal;

import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.generic.GraphQlConnector;
import io.ikarus.connects.spi.ConnectorConfig;
import io.ikarus.connects.spi.ConnectorProvider;

/**
 * Builds {@link GraphQlConnector}s for {@code crm_type: "graphql"}; see {@link ProviderSupport}.
 */
public final class GraphQlProvider implements ConnectorProvider {

  @Override
  public String crmType() {
    return "graphql";
  }

  @Override
  public CrmConnector create(ConnectorConfig config) {
    return ProviderSupport.apply(GraphQlConnector.builder(), config).build();
  }
}
