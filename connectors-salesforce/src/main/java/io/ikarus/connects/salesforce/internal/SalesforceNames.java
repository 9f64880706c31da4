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
}
