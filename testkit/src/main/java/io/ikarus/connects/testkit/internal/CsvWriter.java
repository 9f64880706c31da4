package io.ikarus.connects.testkit.internal;

import java.util.List;
import java.util.StringJoiner;

/** Writes RFC 4180 CSV records, quoting only the fields that need it. */
public final class CsvWriter {

  private final StringBuilder out = new StringBuilder();
  private final char delimiter;
  private final String lineEnding;

  /** A writer with the given delimiter and line ending ("\n" or "\r\n"). */
  public CsvWriter(char delimiter, String lineEnding) {
    this.delimiter = delimiter;
    this.lineEnding = lineEnding;
  }

  /** Appends one record; null values are written as empty fields. */
  public CsvWriter row(List<String> values) {
    StringJoiner record = new StringJoiner(String.valueOf(delimiter), "", lineEnding);
    values.forEach(value -> record.add(field(value)));
    out.append(record);
    return this;
  }

  private String field(String value) {
    if (value == null) {
      return "";
    }
    boolean quote =
        value.chars().anyMatch(c -> c == delimiter || c == '"' || c == '\n' || c == '\r');
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }

  /** The text written so far. */
  @Override
  public String toString() {
    return out.toString();
  }
}
