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

  /**
   * A SOQL error ({@code MALFORMED_QUERY}, {@code INVALID_FIELD}, {@code INVALID_TYPE}) at {@code
   * offset} (0-based) in {@code soql}, its message formatted the way Salesforce shows it: the query
   * line, a caret under the offending column, {@code ERROR at Row:r:Column:c} and the detail.
   */
  static SfFailure soql(String code, String soql, int offset, String detail) {
    int row = 1;
    int lineStart = 0;
    for (int i = 0; i < Math.min(offset, soql.length()); i++) {
      if (soql.charAt(i) == '\n') {
        row++;
        lineStart = i + 1;
      }
    }
    int lineEnd = soql.indexOf('\n', lineStart);
    String line = soql.substring(lineStart, lineEnd < 0 ? soql.length() : lineEnd);
    int column = offset - lineStart + 1;
    String caret = " ".repeat(Math.max(0, column - 1)) + "^";
    return badRequest(
        code,
        "\n" + line + "\n" + caret + "\nERROR at Row:" + row + ":Column:" + column + "\n" + detail);
  }

  /** A 404 with {@link SfError#NOT_FOUND}. */
  static SfFailure notFound() {
    return new SfFailure(404, SfError.NOT_FOUND);
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

  FakeResponse response() {
    return error.response(status);
  }
}
