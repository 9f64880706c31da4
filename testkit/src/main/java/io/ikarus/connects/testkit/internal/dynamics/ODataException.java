package io.ikarus.connects.testkit.internal.dynamics;

/** A request the fake refuses, carried up to be written as a Dataverse OData error body. */
final class ODataException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;

  ODataException(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  /** The HTTP status. */
  int status() {
    return status;
  }

  /** The Dataverse hex error code, such as {@code 0x80040217}. */
  String code() {
    return code;
  }

  /** 400 with code {@code 0x0}: the OData layer's syntax and property errors. */
  static ODataException badRequest(String message) {
    return new ODataException(400, "0x0", message);
  }

  /** 405 {@code 0x80060888}: a verb the resource does not answer. */
  static ODataException notAllowed(String method) {
    return new ODataException(
        405, "0x80060888", "The requested resource does not support http method '" + method + "'.");
  }

  /** 404 {@code 0x8006088a}: an unknown entity set, function or action (case-sensitive). */
  static ODataException segment(String segment) {
    return new ODataException(
        404, "0x8006088a", "Resource not found for the segment '" + segment + "'.");
  }

  /** 404 without a code: no route for {@code uri} at all (the ASP.NET layer's answer). */
  static ODataException noResource(String uri) {
    return new ODataException(
        404, "", "No HTTP resource was found that matches the request URI '" + uri + "'.");
  }

  /** 400 {@code 0x0}: an unknown (or case-mismatched) property. */
  static ODataException property(String property, String logicalName) {
    return badRequest(
        "Could not find a property named '"
            + property
            + "' on type 'Microsoft.Dynamics.CRM."
            + logicalName
            + "'.");
  }

  /** 404 {@code 0x80040217}: no row with that id or key. */
  static ODataException notFound(String logicalName, String id) {
    return new ODataException(
        404, "0x80040217", logicalName + " With Id = " + id + " Does Not Exist");
  }
}
