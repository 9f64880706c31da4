package io.ikarus.connects.testkit.internal.salesforce;

import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.Json;

/** Thrown inside the token endpoint to answer an OAuth error. */
final class SfOAuth extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String error;

  SfOAuth(String error, String description) {
    super(description, null, false, false);
    this.error = error;
  }

  static SfOAuth invalidGrant(String description) {
    return new SfOAuth("invalid_grant", description);
  }

  static SfOAuth invalidRequest(String description) {
    return new SfOAuth("invalid_request", description);
  }

  /** The 400 body: {@code {"error","error_description"}}. */
  FakeResponse response() {
    return FakeResponse.json(
        400, Json.object().put("error", error).put("error_description", getMessage()));
  }
}
