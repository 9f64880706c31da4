package io.ikarus.connects.salesforce.internal;

/** Constants shared by the Salesforce internals. */
public final class SalesforceNames {

  /** The connector's name in configuration, errors and events. */
  public static final String CONNECTOR = "salesforce";

  /** The REST API version used when none is configured (Spring '26). */
  public static final String DEFAULT_API_VERSION = "v66.0";

  /** The field every change query orders and filters by. */
  public static final String MODSTAMP = "SystemModstamp";

  private SalesforceNames() {}

  /**
   * The REST root for relative paths: {@code <root>/services/data/<version>}, or {@code root} as
   * given when it already names a {@code /services/data/} path.
   */
  public static java.net.URI apiRoot(java.net.URI root, String version) {
    String text = root.toString();
    if (text.contains("/services/data/")) {
      return root;
    }
    String trimmed = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    return java.net.URI.create(trimmed + "/services/data/" + version);
  }
}
