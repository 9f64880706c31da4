package io.ikarus.connects.testkit.internal.dynamics;

/** HTTP reason phrases for the status lines inside {@code $batch} responses. */
final class Reasons {

  private Reasons() {}

  static String of(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 201 -> "Created";
      case 204 -> "No Content";
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 412 -> "Precondition Failed";
      case 429 -> "Too Many Requests";
      default -> status >= 500 ? "Internal Server Error" : "Error";
    };
  }
}
