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
