package io.ikarus.connects.error;

/**
 * Where an error happened: which connector and operation, and what the vendor said about it.
 *
 * @param connector the connector name, such as {@code "salesforce"}; null outside a connector
 * @param operation the operation, such as {@code "create"} or {@code "query"}; null when unknown
 * @param httpStatus the HTTP status, or 0 when no response was received
 * @param vendorCode the vendor's error code, such as {@code "INVALID_FIELD"}; null when none
 * @param requestId the vendor's request or correlation id, for support tickets; null when none
 */
public record ErrorContext(
    String connector, String operation, int httpStatus, String vendorCode, String requestId) {

  /** A context naming only the connector and operation. */
  public static ErrorContext of(String connector, String operation) {
    return new ErrorContext(connector, operation, 0, null, null);
  }

  /** Returns a copy with the vendor's answer added. */
  public ErrorContext withResponse(int httpStatus, String vendorCode, String requestId) {
    return new ErrorContext(connector, operation, httpStatus, vendorCode, requestId);
  }

  /** Returns a copy naming {@code operation}. */
  public ErrorContext withOperation(String operation) {
    return new ErrorContext(connector, operation, httpStatus, vendorCode, requestId);
  }
}
