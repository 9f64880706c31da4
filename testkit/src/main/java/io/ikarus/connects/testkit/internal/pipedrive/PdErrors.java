package io.ikarus.connects.testkit.internal.pipedrive;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ikarus.connects.testkit.FakeResponse;
import io.ikarus.connects.testkit.internal.Json;

/** Pipedrive's error bodies: {@code {success:false, error, error_info, data:null, ...}}. */
final class PdErrors {

  static final String INFO = "Please check developers.pipedrive.com";

  private PdErrors() {}

  /** The error response for {@code status} with {@code message}. */
  static FakeResponse error(int status, String message) {
    ObjectNode body = Json.object().put("success", false).put("error", message);
    if (status == 401 || status == 403) {
      body.put("errorCode", status);
    }
    body.put("error_info", INFO).putNull("data").putNull("additional_data");
    return FakeResponse.json(status, body);
  }

  /** The default error for a status, as injected failures and crashes use. */
  static FakeResponse forStatus(int status) {
    return switch (status) {
      case 401 -> unauthorized();
      case 403 -> error(403, "You do not have permission to perform this action");
      case 404 -> error(404, "Not found");
      case 429 -> error(429, "Request over limit");
      case 503 -> error(503, "Service temporarily unavailable due to maintenance");
      default -> error(status, status >= 500 ? "Internal server error" : "Bad request");
    };
  }

  /** The 405 for a method the path does not take. */
  static FakeResponse methodNotAllowed() {
    return error(405, "Method not allowed");
  }

  /** The 401 for a missing or wrong API token. */
  static FakeResponse unauthorized() {
    return error(401, "unauthorized access");
  }

  /** The 401 for an unknown or expired OAuth access token. */
  static FakeResponse invalidAccessToken() {
    return error(401, "Invalid token: access_token is invalid");
  }

  /** The OAuth token endpoint's error ({@code error} plus a documented message). */
  static FakeResponse oauth(int status, String error, String message) {
    return FakeResponse.json(
        status, Json.object().put("success", false).put("error", error).put("message", message));
  }

  /** The HTML page Cloudflare serves to a client that kept sending after 429s. */
  static FakeResponse cloudflare(String rayId) {
    String html =
        "<!DOCTYPE html>\n<html lang=\"en-US\"><head><title>Attention Required! | Cloudflare"
            + "</title></head><body><div id=\"cf-wrapper\"><h1>Sorry, you have been blocked</h1>"
            + "<h2>You are unable to access pipedrive.com</h2><p>This website is using a security"
            + " service to protect itself from online attacks.</p><p>Cloudflare Ray ID: <strong>"
            + rayId
            + "</strong></p></div></body></html>\n";
    return FakeResponse.text(403, "text/html; charset=UTF-8", html)
        .header("Server", "cloudflare")
        .header("CF-RAY", rayId);
  }
}
