package io.ikarus.connects.kafka.internal;

import io.ikarus.connects.CrmConnector;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.common.config.ConfigException;

/** Opens one SDK connector per account from the Connect settings. */
public final class Accounts {

  private Accounts() {}

  /**
   * Opens a connector for each of {@code accounts}; on failure closes those already open.
   *
   * @param prefix each account's setting prefix
   * @throws ConfigException naming the account whose settings the SDK refused, with the SDK's
   *     reason (which names the setting and never a secret's value)
   */
  public static Map<String, CrmConnector> open(
      Map<String, String> props,
      List<String> accounts,
      Function<String, String> prefix,
      Function<Map<String, Object>, CrmConnector> factory) {
    Map<String, CrmConnector> open = new LinkedHashMap<>();
    try {
      for (String account : accounts) {
        open.put(account, open(props, account, prefix.apply(account), factory));
      }
      return open;
    } catch (RuntimeException e) {
      closeAll(open);
      throw e;
    }
  }

  /** Closes every connector, going on past failures. */
  public static void closeAll(Map<String, CrmConnector> connectors) {
    for (CrmConnector c : connectors.values()) {
      try {
        c.close();
      } catch (RuntimeException e) {
        // Closing releases pools; a failure here leaves nothing to clean up on our side.
      }
    }
  }

  private static CrmConnector open(
      Map<String, String> props,
      String account,
      String prefix,
      Function<Map<String, Object>, CrmConnector> factory) {
    Map<String, Object> sdk = CrmSettings.sdkConfig(props, prefix);
    try {
      return factory.apply(sdk);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(
          "account '" + account + "' (settings " + prefix + "*): " + e.getMessage());
    }
  }
}
