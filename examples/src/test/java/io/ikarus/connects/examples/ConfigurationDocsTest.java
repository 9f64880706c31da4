package io.ikarus.connects.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.spi.ConnectorProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every key a shipped connector accepts is documented in {@code docs/configuration.md}: the keys
 * are read from the providers themselves, so a new key without documentation fails here.
 */
class ConfigurationDocsTest {

  private static final Set<String> GENERIC = Set.of("rest", "graphql");

  @Test
  void everyProvidersKeysAreInTheConfigurationReference() throws IOException {
    String docs = Files.readString(Path.of("..", "docs", "configuration.md"));
    List<String> providers = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (ConnectorProvider provider : ServiceLoader.load(ConnectorProvider.class)) {
      providers.add(provider.crmType());
      check(docs, provider.crmType(), "crm_type", Set.of(provider.crmType()), missing);
      check(docs, provider.crmType(), "auth_config", provider.authKeys(), missing);
      check(docs, provider.crmType(), "options", provider.optionKeys(), missing);
    }

    assertThat(providers)
        .contains("salesforce", "hubspot", "dynamics", "monday", "pipedrive", "rest", "graphql");
    assertThat(missing).isEmpty();
  }

  private static void check(
      String docs, String crmType, String section, Set<String> keys, List<String> missing) {
    if (keys == null) {
      // The generic connectors' secrets and options are named by their connector document
      // (docs/generic.md); every other shipped connector declares its keys.
      if (!GENERIC.contains(crmType)) {
        missing.add(crmType + " " + section + " (keys not declared)");
      }
      return;
    }
    for (String key : keys) {
      // Documented as `key` or as `auth_config.key` / `options.key`.
      if (!Pattern.compile("[`.]" + Pattern.quote(key) + "`").matcher(docs).find()) {
        missing.add(crmType + " " + section + "." + key);
      }
    }
  }
}
