package io.ikarus.connects.generic;

import io.ikarus.connects.ConfigurationException;

/**
 * A generic connector's configuration is invalid: an unknown key, a missing or mistyped value. The
 * message names the key by its full path (such as {@code objects.leads.list.pagination.pageSize})
 * and, for an unknown key, the closest valid one. Never carries a secret value. A {@link
 * ConfigurationException}, like every configuration error of the SDK.
 */
public class GenericConfigException extends ConfigurationException {

  private static final long serialVersionUID = 1L;

  private final String suggestion;

  /**
   * Creates one.
   *
   * @param key the full path of the key at fault
   * @param detail what is wrong
   * @param suggestion the closest valid key, or null
   */
  public GenericConfigException(String key, String detail, String suggestion) {
    super(
        key,
        "generic connector config: "
            + key
            + ": "
            + detail
            + (suggestion == null ? "" : " (did you mean '" + suggestion + "'?)"));
    this.suggestion = suggestion;
  }

  /** The closest valid key for an unknown one, or null. */
  public String suggestion() {
    return suggestion;
  }
}
