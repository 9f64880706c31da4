package io.ikarus.connects.testkit.internal.pipedrive;

import io.ikarus.connects.testkit.FakeResponse;

/** A request the fake refuses, carrying the Pipedrive error response to send. */
final class PdFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient FakeResponse response;

  PdFailure(FakeResponse response) {
    super(null, null, false, false);
    this.response = response;
  }

  /** A 400 with Pipedrive's error body. */
  static PdFailure badRequest(String message) {
    return new PdFailure(PdErrors.error(400, message));
  }

  /** A 404 with Pipedrive's error body. */
  static PdFailure notFound(String message) {
    return new PdFailure(PdErrors.error(404, message));
  }

  /** The response to send. */
  FakeResponse response() {
    return response;
  }
}
