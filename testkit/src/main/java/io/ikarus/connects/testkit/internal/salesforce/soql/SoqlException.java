package io.ikarus.connects.testkit.internal.salesforce.soql;

/**
 * A SOQL error with the Salesforce error code ({@code MALFORMED_QUERY}, {@code INVALID_FIELD},
 * {@code INVALID_TYPE}) and the message formatted the way Salesforce shows it: the query line, a
 * caret under the offending column, {@code ERROR at Row:r:Column:c} and the detail.
 */
public final class SoqlException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;

  SoqlException(String code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  /** Builds the error for {@code offset} (0-based character offset) in {@code soql}. */
  static SoqlException at(String code, String soql, int offset, String detail) {
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
    String message =
        "\n"
            + line
            + "\n"
            + " ".repeat(Math.max(0, column - 1))
            + "^\nERROR at Row:"
            + row
            + ":Column:"
            + column
            + "\n"
            + detail;
    return new SoqlException(code, message);
  }

  /** The Salesforce error code. */
  public String code() {
    return code;
  }
}
