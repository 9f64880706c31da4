package io.ikarus.connects.internal.mapping;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import java.util.regex.Pattern;

/**
 * The second fast path of {@link PhoneNumbers}: a national number of the default region written
 * with the usual separators, such as {@code (415) 555-0100} in the US, becomes {@code +1} and its
 * digits without running the parser, when the parser could do nothing else with it.
 *
 * <p>It applies only when the region's national prefix for parsing is a plain digit string without
 * a transform rule, and to text of digits, spaces and {@code ( ) . / -} only, whose digits start
 * neither with 0, nor with that national prefix, nor with the region's calling code, nor with its
 * international call prefix, and whose length is possible for the calling code. For such text the
 * parser strips nothing and extracts no country code, so its answer is the calling code and the
 * digits; everything else goes to the parser. A differential test over many regions checks it.
 * Thread-safe.
 */
final class NationalNumbers {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final int MAX_DIGITS = 17;

  private final boolean applies;
  private final String plusCode;
  private final int code;
  private final String callingCode;
  private final String nationalPrefix;
  private final Pattern internationalPrefix;

  private NationalNumbers(String region) {
    PhoneMetadata metadata =
        DefaultMetadataDependenciesProvider.getInstance()
            .getPhoneNumberMetadataSource()
            .getMetadataForRegion(region);
    this.code = UTIL.getCountryCodeForRegion(region);
    this.callingCode = String.valueOf(code);
    this.plusCode = "+" + callingCode;
    String forParsing = metadata.getNationalPrefixForParsing();
    this.nationalPrefix = forParsing == null ? "" : forParsing;
    String idd = metadata.getInternationalPrefix();
    this.applies =
        nationalPrefix.matches("\\d*")
            && metadata.getNationalPrefixTransformRule().isEmpty()
            && idd != null
            && !idd.isEmpty();
    // Patterns whose every match starts with a literal 0 need no test: such digits are refused.
    boolean startsWithZero = idd != null && alwaysStartsWithZero(idd);
    this.internationalPrefix = applies && !startsWithZero ? Pattern.compile(idd) : null;
  }

  /**
   * True when every match of the pattern starts with a literal 0: it starts with a 0 that no
   * quantifier makes optional and has no alternative at its top level ({@code 00|99} does not).
   */
  static boolean alwaysStartsWithZero(String pattern) {
    if (pattern.length() < 1 || pattern.charAt(0) != '0') {
      return false;
    }
    if (pattern.length() > 1 && "?*{".indexOf(pattern.charAt(1)) >= 0) {
      return false;
    }
    int depth = 0;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        depth--;
      } else if (c == '|' && depth == 0) {
        return false;
      }
    }
    return true;
  }

  /** The fast path for numbers of {@code region}. */
  static NationalNumbers forRegion(String region) {
    return new NationalNumbers(region);
  }

  /**
   * The E.164 form of {@code s}, or null when the parser must decide. The answer is written after
   * the {@code +} and calling code in a scratch buffer, so only the result is allocated.
   */
  String toE164(String s) {
    if (!applies) {
      return null;
    }
    int head = plusCode.length();
    char[] out = Scratch.chars(head + MAX_DIGITS);
    plusCode.getChars(0, head, out, 0);
    int count = 0;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        if (count == MAX_DIGITS) {
          return null;
        }
        out[head + count++] = c;
      } else if (c != ' ' && c != '(' && c != ')' && c != '.' && c != '/' && c != '-') {
        return null;
      }
    }
    if (count < 4 || out[head] == '0' || !E164.possibleLength(code, count)) {
      return null;
    }
    if ((!nationalPrefix.isEmpty() && startsWith(out, head, count, nationalPrefix))
        || startsWith(out, head, count, callingCode)
        || (internationalPrefix != null
            && internationalPrefix.matcher(new String(out, head, count)).lookingAt())) {
      return null;
    }
    return new String(out, 0, head + count);
  }

  private static boolean startsWith(char[] chars, int from, int count, String prefix) {
    if (prefix.length() > count) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (chars[from + i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
