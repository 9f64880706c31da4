package io.ikarus.connects.monday.internal;

import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.monday.MondayConnector;
import io.ikarus.connects.spi.ConnectorConfig;
import io.ikarus.connects.spi.ConnectorProvider;
import java.util.Set;

/**
 * Builds a {@link MondayConnector} from {@code {"crm_type": "monday", "auth_config": {"api_token":
 * "...", "board_id": "..."}, "options": {...}}}; {@code board_id} is optional.
 */
public final class MondayProvider implements ConnectorProvider {

  /** Creates the provider (used by {@link java.util.ServiceLoader}). */
  public MondayProvider() {}

  @Override
  public Set<String> authKeys() {
    return Set.of("api_token", "board_id");
  }

  @Override
  public Set<String> optionKeys() {
    return Set.of();
  }

  @Override
  public String crmType() {
    return "monday";
  }

  @Override
  public CrmConnector create(ConnectorConfig config) {
    return MondayConnector.builder()
        .apiToken(config.requireAuth("api_token"))
        .defaultObject(config.auth("board_id"))
        .options(config.options())
        .build();
  }
}
