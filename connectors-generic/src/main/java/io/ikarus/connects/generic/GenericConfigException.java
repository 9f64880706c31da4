package io.ikarus.connects.generic;

/**
 * A generic connector's configuration is invalid: an unknown key, a missing or mistyped value. The
 * message names the key by its full path (such as {@code objects.leads.list.pagination.pageSize})
 * and, for an unknown key, the closest valid one. Never carries a secret value.
 */
public class GenericConfigException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String key;
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
        "generic connector config: "
            + key
            + ": "
            + detail
            + (suggestion == null ? "" : " (did you mean '" + suggestion + "'?)"));
    this.key = key;
    this.suggestion = suggestion;
  }

  /** The full path of the key at fault, such as {@code auth.tokenUrl}. */
  public String key() {
    return key;
  }

  /** The closest valid key for an unknown one, or null. */
  public String suggestion() {
    return suggestion;
  }
}
