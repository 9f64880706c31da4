package io.ikarus.connects.testkit.internal.dynamics;

import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.Json;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A token request the fake identity platform refuses, with the AADSTS code Entra uses. */
final class EntraError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String error;
  private final int aadsts;

  EntraError(int status, String error, int aadsts, String description) {
    super(description, null, false, false);
    this.status = status;
    this.error = error;
    this.aadsts = aadsts;
  }

  /** The response: {@code error}, {@code error_description} starting with AADSTS, and so on. */
  FakeResponse response(Clock clock) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", error);
    body.put("error_description", "AADSTS" + aadsts + ": " + getMessage());
    body.put("error_codes", List.of(aadsts));
    body.put("timestamp", DateTimeFormatter.ISO_INSTANT.format(clock.instant()));
    body.put("trace_id", UUID.randomUUID().toString());
    body.put("correlation_id", UUID.randomUUID().toString());
    body.put("error_uri", "https://login.microsoftonline.com/error?code=" + aadsts);
    return FakeResponse.text(status, "application/json; charset=utf-8", Json.write(body));
  }
}
