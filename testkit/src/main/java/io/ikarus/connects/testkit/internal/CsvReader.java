package io.ikarus.connects.testkit.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 4180 reader over a CSV text: quoted fields may hold delimiters, doubled quotes and line
 * breaks; records end with LF, CRLF or a lone CR. Reads one record at a time, so a caller keeps the
 * records before a malformed one.
 */
public final class CsvReader {

  private final String text;
  private final char delimiter;
  private int pos;
  private int line = 1;

  /** A reader over {@code text} with the given field delimiter. */
  public CsvReader(String text, char delimiter) {
    this.text = text;
    this.delimiter = delimiter;
  }

  /**
   * The next record's fields, or null at the end of the text.
   *
   * @throws IllegalArgumentException on a quote that is never closed or stray text after a closing
   *     quote, naming the line
   */
  public List<String> next() {
    if (pos >= text.length()) {
      return null;
    }
    List<String> fields = new ArrayList<>();
    while (true) {
      String field = pos < text.length() && text.charAt(pos) == '"' ? quoted() : plain();
      fields.add(field);
      if (pos >= text.length()) {
        return fields;
      }
      char c = text.charAt(pos);
      if (c == delimiter) {
        pos++;
      } else {
        pos += c == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n' ? 2 : 1;
        line++;
        return fields;
      }
    }
  }

  private String plain() {
    int start = pos;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (isEnd(c)) {
        break;
      }
      if (c == '"') {
        throw new IllegalArgumentException("CSV line " + line + ": quote inside an unquoted field");
      }
      pos++;
    }
    return text.substring(start, pos);
  }

  private String quoted() {
    int startLine = line;
    StringBuilder value = new StringBuilder();
    pos++;
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '"') {
        if (pos < text.length() && text.charAt(pos) == '"') {
          value.append('"');
          pos++;
          continue;
        }
        if (pos < text.length() && !isEnd(text.charAt(pos))) {
          throw new IllegalArgumentException("CSV line " + line + ": text after a closing quote");
        }
        return value.toString();
      }
      if (c == '\n') {
        line++;
      }
      value.append(c);
    }
    throw new IllegalArgumentException("CSV line " + startLine + ": quoted field is never closed");
  }

  private boolean isEnd(char c) {
    return c == delimiter || c == '\n' || c == '\r';
  }
}
