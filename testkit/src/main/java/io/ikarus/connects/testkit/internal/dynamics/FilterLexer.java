package io.ikarus.connects.testkit.internal.dynamics;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a {@code $filter} into words, quoted strings and punctuation. Not thread-safe. */
final class FilterLexer {

  /** A quoted string: runs of other characters and doubled quotes, up to the closing quote. */
  private static final Pattern STRING = Pattern.compile("'((?:[^']++|'')*+)'");

  private final String text;
  private int pos;

  FilterLexer(String text) {
    this.text = text;
  }

  /** Consumes {@code c} if it is next. */
  boolean accept(char c) {
    skipSpace();
    if (pos < text.length() && text.charAt(pos) == c) {
      pos++;
      return true;
    }
    return false;
  }

  /** Consumes {@code c} or fails. */
  void expect(char c) {
    if (!accept(c)) {
      throw error("expected '" + c + "'");
    }
  }

  /** Consumes the keyword {@code w} if it is the next whole word. */
  boolean acceptWord(String w) {
    skipSpace();
    int end = wordEnd();
    if (text.substring(pos, end).equals(w)) {
      pos = end;
      return true;
    }
    return false;
  }

  /** Consumes the next word: letters, digits and {@code _ . : + -}. */
  String word() {
    skipSpace();
    int end = wordEnd();
    if (end == pos) {
      throw error("expected a name or literal");
    }
    String w = text.substring(pos, end);
    pos = end;
    return w;
  }

  /** True when a quoted string comes next. */
  boolean peekString() {
    skipSpace();
    return pos < text.length() && text.charAt(pos) == '\'';
  }

  /** Consumes a single-quoted string, where {@code ''} stands for one quote. */
  String string() {
    if (!peekString()) {
      throw error("expected a quoted string");
    }
    Matcher m = STRING.matcher(text).region(pos, text.length());
    if (!m.lookingAt()) {
      throw error("unterminated string literal");
    }
    pos = m.end();
    return m.group(1).replace("''", "'");
  }

  /** Fails unless everything was consumed. */
  void expectEnd() {
    skipSpace();
    if (pos < text.length()) {
      throw error("unexpected text");
    }
  }

  /** A 400 naming the position, as OData's parser does. */
  ODataException error(String what) {
    return ODataException.badRequest(
        "Syntax error at position " + pos + " in '" + text + "': " + what + ".");
  }

  private void skipSpace() {
    while (pos < text.length() && text.charAt(pos) == ' ') {
      pos++;
    }
  }

  private int wordEnd() {
    int i = pos;
    while (i < text.length() && isWordChar(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == ':' || c == '+' || c == '-';
  }
}
