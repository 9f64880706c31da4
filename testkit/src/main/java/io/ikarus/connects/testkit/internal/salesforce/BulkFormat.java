package io.ikarus.connects.testkit.internal.salesforce;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * The CSV dialect of a Bulk API 2.0 job: column delimiter and line ending.
 *
 * @param delimiterName the API name, e.g. {@code COMMA}
 * @param delimiter the character
 * @param lineEndingName {@code LF} or {@code CRLF}
 */
record BulkFormat(String delimiterName, char delimiter, String lineEndingName) {

  private static final Map<String, Character> DELIMITERS =
      Map.of(
          "COMMA", ',', "TAB", '\t', "PIPE", '|', "SEMICOLON", ';', "CARET", '^', "BACKQUOTE", '`');

  /** Reads {@code columnDelimiter}, {@code lineEnding} and {@code contentType} from a job body. */
  static BulkFormat of(JsonNode body) {
    String contentType = body.path("contentType").asText("CSV");
    if (!contentType.equals("CSV")) {
      throw SfFailure.badRequest("INVALIDJOB", "contentType must be CSV, not " + contentType);
    }
    String delimiter = body.path("columnDelimiter").asText("COMMA");
    if (!DELIMITERS.containsKey(delimiter)) {
      throw SfFailure.badRequest("INVALIDJOB", "Invalid columnDelimiter: " + delimiter);
    }
    String lineEnding = body.path("lineEnding").asText("LF");
    if (!lineEnding.equals("LF") && !lineEnding.equals("CRLF")) {
      throw SfFailure.badRequest("INVALIDJOB", "Invalid lineEnding: " + lineEnding);
    }
    return new BulkFormat(delimiter, DELIMITERS.get(delimiter), lineEnding);
  }

  String lineEnding() {
    return lineEndingName.equals("LF") ? "\n" : "\r\n";
  }
}
