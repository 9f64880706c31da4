package io.ikarus.connects.internal.auth;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the start of a token request form; shared by the grants that authenticate the client. */
final class Forms {

  private Forms() {}

  /**
   * A mutable form with {@code grant_type}, {@code client_id} and, when not null, {@code
   * client_secret}.
   */
  static Map<String, String> client(String grantType, String clientId, Secret clientSecret) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", grantType);
    form.put("client_id", clientId);
    if (clientSecret != null) {
      form.put("client_secret", clientSecret.reveal());
    }
    return form;
  }

  /** Puts {@code value} under {@code name} when it is not null. */
  static void putIfPresent(Map<String, String> form, String name, Secret value) {
    if (value != null) {
      form.put(name, value.reveal());
    }
  }
}
