package io.ikarus.connects.testkit.internal;

import java.util.List;

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
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(delimiter);
      }
      appendField(values.get(i));
    }
    out.append(lineEnding);
    return this;
  }

  private void appendField(String value) {
    if (value == null) {
      return;
    }
    if (value.chars().anyMatch(c -> c == delimiter || c == '"' || c == '\n' || c == '\r')) {
      out.append('"').append(value.replace("\"", "\"\"")).append('"');
    } else {
      out.append(value);
    }
  }

  /** The text written so far. */
  @Override
  public String toString() {
    return out.toString();
  }
}
