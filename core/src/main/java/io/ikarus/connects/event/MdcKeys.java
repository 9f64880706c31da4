package io.ikarus.connects.event;

/**
 * The keys the SDK puts into the SLF4J MDC while it works on a request, so that a log pattern such
 * as {@code %X{connects.connector} %X{connects.operation} %X{connects.request_id}} ties every line,
 * the SDK's and the application's, to the call that caused it.
 *
 * <p>The keys are set while a request is prepared and sent, while its log lines and listener events
 * are written, and while its future completes, so stages chained synchronously on a connector's
 * future see them; stages moved to another executor with {@code *Async} do not. The previous values
 * are restored afterwards. Values never hold personal data or secrets.
 */
public final class MdcKeys {

  /** The connector's name, such as {@code "hubspot"}. */
  public static final String CONNECTOR = "connects.connector";

  /** The operation, such as {@code "create"} or {@code "query"}. */
  public static final String OPERATION = "connects.operation";

  /**
   * An id the SDK gives each logical request (kept across its retries), 16 hex digits; the vendor's
   * own request id is in {@code CrmException.requestId()}.
   */
  public static final String REQUEST_ID = "connects.request_id";

  private MdcKeys() {}
}
