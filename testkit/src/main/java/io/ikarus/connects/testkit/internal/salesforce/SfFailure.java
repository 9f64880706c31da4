package io.ikarus.connects.testkit.internal.salesforce;

import io.ikarus.connects.testkit.FakeResponse;

/** Carries a Salesforce error and its HTTP status out of deep validation or parsing code. */
final class SfFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient SfError error;
  private final int status;

  SfFailure(int status, SfError error) {
    super(error.code() + ": " + error.message(), null, false, false);
    this.status = status;
    this.error = error;
  }

  static SfFailure badRequest(String code, String message) {
    return new SfFailure(400, SfError.of(code, message));
  }

  /** A 400 whose error names the {@code fields} at fault. */
  static SfFailure field(String code, String message, String... fields) {
    return new SfFailure(400, SfError.field(code, message, fields));
  }

  static SfFailure notFound(String message) {
    return new SfFailure(404, SfError.of("NOT_FOUND", message));
  }

  static SfFailure unsupportedMediaType(String mediaType) {
    String shown = mediaType.isEmpty() ? "none" : mediaType;
    return new SfFailure(
        415,
        SfError.of(
            "UNSUPPORTED_MEDIA_TYPE",
            "Content-Type header specified in HTTP request is not supported: " + shown));
  }

  SfError error() {
    return error;
  }

  int status() {
    return status;
  }

  FakeResponse response() {
    return error.response(status);
  }
}
