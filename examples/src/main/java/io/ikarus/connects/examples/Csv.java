package io.ikarus.connects.examples;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One CSV line per call, quoted as RFC 4180 says: a cell holding a comma, a quote or a line break
 * is enclosed in quotes with its quotes doubled; null is an empty cell; lines end with CRLF.
 */
final class Csv {

  private Csv() {}

  /** The line for {@code cells}, CRLF included. */
  static String line(List<?> cells) {
    return cells.stream().map(Csv::cell).collect(Collectors.joining(",", "", "\r\n"));
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    boolean quote =
        text.contains(",") || text.contains("\"") || text.contains("\r") || text.contains("\n");
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
