package io.ikarus.connects.jdbc.internal;

import java.util.regex.Pattern;

/**
 * The table names under one prefix.
 *
 * @param prefix the prefix, a plain SQL identifier start such as {@code ikc_}
 */
public record Tables(String prefix) {

  private static final Pattern PREFIX = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,29}");

  /**
   * Validates the prefix.
   *
   * @throws IllegalArgumentException naming the prefix when it is not a letter or underscore
   *     followed by up to 29 letters, digits or underscores (it goes into SQL unquoted)
   */
  public Tables {
    if (prefix == null || !PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException(
          "tablePrefix \""
              + prefix
              + "\" must be a letter or _ followed by up to 29 letters, digits or _");
    }
  }

  /** The schema version table. */
  public String version() {
    return prefix + "schema_version";
  }

  /** The checkpoint table. */
  public String checkpoint() {
    return prefix + "sync_checkpoint";
  }

  /** The link table. */
  public String link() {
    return prefix + "sync_link";
  }

  /** The pending record table. */
  public String pending() {
    return prefix + "sync_pending";
  }

  /** The job lock table. */
  public String lock() {
    return prefix + "sync_lock";
  }

  /** The refresh token table. */
  public String refreshToken() {
    return prefix + "refresh_token";
  }
}
