package io.ikarus.connects.salesforce.internal;

import io.ikarus.connects.salesforce.internal.dto.ApiError;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code sf__Error} cell of a Bulk API 2.0 failed-results row, which Salesforce writes as
 * {@code CODE:message:Field1,Field2 --} (the field list may be absent).
 */
final class BulkErrors {

  private static final Pattern FORM =
      Pattern.compile(
          "(?s)([A-Z][A-Z0-9_]*):(.*?)(?::([A-Za-z0-9_.]+(?:,[A-Za-z0-9_.]+)*))?(?:\\s*--)?\\s*");

  private BulkErrors() {}

  /** Parses one cell; text not in that form becomes the message of an unnamed error. */
  static ApiError parse(String cell) {
    if (cell == null || cell.isBlank()) {
      return new ApiError(null, "the bulk job reported a failure without a reason", List.of());
    }
    Matcher m = FORM.matcher(cell.trim());
    if (!m.matches()) {
      return new ApiError(null, cell.trim(), List.of());
    }
    List<String> fields = m.group(3) == null ? List.of() : Arrays.asList(m.group(3).split(","));
    return new ApiError(m.group(1), m.group(2).trim(), fields);
  }
}
