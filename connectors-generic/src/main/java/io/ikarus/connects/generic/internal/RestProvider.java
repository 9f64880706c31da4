package io.ikarus.connects.generic.internal;

import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.generic.RestConnector;
import io.ikarus.connects.spi.ConnectorConfig;
import io.ikarus.connects.spi.ConnectorProvider;

/** Builds {@link RestConnector}s for {@code crm_type: "rest"}; see {@link ProviderSupport}. */
public final class RestProvider implements ConnectorProvider {

  @Override
  public String crmType() {
    return "rest";
  }

  @Override
  public CrmConnector create(ConnectorConfig config) {
    return ProviderSupport.apply(RestConnector.builder(), config).build();
  }
}
