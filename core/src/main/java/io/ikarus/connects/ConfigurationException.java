package io.ikarus.connects;

/**
 * A connector configuration is invalid: an unknown key, a missing or malformed value. The message
 * names the key by its full path (such as {@code options.timeout_ms}) and, for an unknown key, the
 * closest valid one; it never quotes a secret. An {@link IllegalArgumentException}, so callers that
 * caught that before keep working.
 */
public class ConfigurationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String key;

  /**
   * Creates one.
   *
   * @param key the full path of the key at fault, such as {@code options.timeout_ms}
   * @param message what is wrong, naming the key
   */
  public ConfigurationException(String key, String message) {
    super(message);
    this.key = key;
  }

  /**
   * Creates one with a cause.
   *
   * @param key the full path of the key at fault
   * @param message what is wrong, naming the key
   * @param cause the underlying error
   */
  public ConfigurationException(String key, String message, Throwable cause) {
    super(message, cause);
    this.key = key;
  }

  /** The full path of the key at fault, such as {@code auth_config.api_token}. */
  public String key() {
    return key;
  }
}
