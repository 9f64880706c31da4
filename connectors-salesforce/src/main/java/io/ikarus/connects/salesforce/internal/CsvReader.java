package io.ikarus.connects.salesforce.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV one row at a time: quoted fields may hold commas, doubled quotes, CR and LF;
 * rows end with LF or CRLF; a leading byte order mark is skipped. Cells are returned as text; an
 * empty cell is {@code ""} (Bulk API's null, {@code #N/A}, is text here too). Not thread-safe.
 *
 * <p>Works on the whole text in memory (Bulk API result files arrive as one body): unquoted cells
 * are cut out with one {@code substring}, and quoted ones copied between their quotes in runs, so
 * the cost is one scan of the text instead of a call per character.
 */
public final class CsvReader {

  private final String text;
  private final int end;
  private int pos;
  private long row;

  /** Reads {@code text}. */
  public CsvReader(String text) {
    this.text = text;
    this.end = text.length();
    this.pos = end > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
  }

  /**
   * Returns the next row, or null at the end of the input.
   *
   * @throws IllegalArgumentException when the input is not valid CSV, naming the row
   */
  public List<String> next() {
    if (pos >= end) {
      return null;
    }
    row++;
    List<String> cells = new ArrayList<>();
    while (true) {
      int stop;
      if (pos < end && text.charAt(pos) == '"') {
        stop = quoted(cells);
      } else {
        stop = unquoted(cells);
      }
      if (stop >= end) {
        pos = end;
        return cells;
      }
      char c = text.charAt(stop);
      pos = stop + 1;
      if (c == ',') {
        continue;
      }
      if (c == '\r' && pos < end && text.charAt(pos) == '\n') {
        pos++;
      }
      return cells;
    }
  }

  /** Adds the unquoted cell at {@link #pos}; returns the index of its delimiter (or the end). */
  private int unquoted(List<String> cells) {
    int i = pos;
    while (i < end) {
      char c = text.charAt(i);
      if (c == ',' || c == '\n' || c == '\r') {
        break;
      }
      if (c == '"') {
        throw malformed("a quote inside an unquoted field");
      }
      i++;
    }
    cells.add(text.substring(pos, i));
    return i;
  }

  /** Adds the quoted cell at {@link #pos}; returns the index of the delimiter after it. */
  private int quoted(List<String> cells) {
    int from = pos + 1;
    StringBuilder doubled = null;
    while (true) {
      int quote = text.indexOf('"', from);
      if (quote < 0) {
        throw malformed("the input ends inside a quoted field");
      }
      if (quote + 1 < end && text.charAt(quote + 1) == '"') {
        if (doubled == null) {
          doubled = new StringBuilder(quote - from + 16);
        }
        doubled.append(text, from, quote + 1);
        from = quote + 2;
        continue;
      }
      String cell =
          doubled == null
              ? text.substring(from, quote)
              : doubled.append(text, from, quote).toString();
      int after = quote + 1;
      if (after < end) {
        char c = text.charAt(after);
        if (c != ',' && c != '\n' && c != '\r') {
          throw malformed("text after a closing quote");
        }
      }
      cells.add(cell);
      return after;
    }
  }

  private IllegalArgumentException malformed(String what) {
    return new IllegalArgumentException("malformed CSV at row " + row + ": " + what);
  }
}
