package io.ikarus.connects.salesforce.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV one row at a time: quoted fields may hold commas, doubled quotes, CR and LF;
 * rows end with LF or CRLF. Cells are returned as text; an empty cell is {@code ""}. Not
 * thread-safe.
 */
public final class CsvReader {

  private final Reader in;
  private int peeked = -2;
  private long row;

  /** Reads from {@code in}, which the caller closes. */
  public CsvReader(Reader in) {
    this.in = in;
  }

  /**
   * Returns the next row, or null at the end of the input.
   *
   * @throws IllegalArgumentException when the input is not valid CSV, naming the row
   */
  public List<String> next() {
    int c = read();
    if (row == 0 && c == '\uFEFF') {
      c = read();
    }
    if (c == -1) {
      return null;
    }
    row++;
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    while (true) {
      if (c == '"' && cell.length() == 0) {
        c = quoted(cell);
      }
      if (c == ',' || c == '\n' || c == -1 || c == '\r') {
        cells.add(cell.toString());
        cell.setLength(0);
        if (c == ',') {
          c = read();
          continue;
        }
        if (c == '\r' && peek() == '\n') {
          read();
        }
        return cells;
      }
      if (c == '"') {
        throw malformed("a quote inside an unquoted field");
      }
      cell.append((char) c);
      c = read();
    }
  }

  /** Reads a quoted field's content into {@code cell}; returns the character after it. */
  private int quoted(StringBuilder cell) {
    while (true) {
      int c = read();
      if (c == -1) {
        throw malformed("the input ends inside a quoted field");
      }
      if (c == '"') {
        if (peek() == '"') {
          read();
          cell.append('"');
          continue;
        }
        int after = read();
        if (after != ',' && after != '\n' && after != '\r' && after != -1) {
          throw malformed("text after a closing quote");
        }
        return after;
      }
      cell.append((char) c);
    }
  }

  private IllegalArgumentException malformed(String what) {
    return new IllegalArgumentException("malformed CSV at row " + row + ": " + what);
  }

  private int peek() {
    if (peeked == -2) {
      peeked = readRaw();
    }
    return peeked;
  }

  private int read() {
    if (peeked != -2) {
      int c = peeked;
      peeked = -2;
      return c;
    }
    return readRaw();
  }

  private int readRaw() {
    try {
      return in.read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
