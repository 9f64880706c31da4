package io.ikarus.connects.internal.mapping;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.ValidationResult;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * The fast path of {@link PhoneNumbers}: recognises text that is already canonical E.164 without
 * running the parser, so that it can be returned as it is.
 *
 * <p>Text qualifies when it is {@code +} and 7 to 15 digits, starts with a known calling code, the
 * national part starts neither with 0 (Italy's leading zero, trunk prefixes) nor with the region's
 * trunk prefix (which the parser would drop, as in {@code +4402079460958}), and its length is
 * possible for the region (a bit mask per calling code, probed once). Everything else goes through
 * the parser; a differential test checks that both paths agree. Thread-safe.
 */
final class E164 {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final String[] TRUNK_PREFIX = new String[1000];
  private static final int[] POSSIBLE_LENGTHS = new int[1000];

  static {
    for (int code : UTIL.getSupportedCallingCodes()) {
      TRUNK_PREFIX[code] = trunkPrefix(code);
      POSSIBLE_LENGTHS[code] = possibleLengths(code);
    }
  }

  private E164() {}

  /** True when {@code s} is E.164 that the parser would give back unchanged. */
  static boolean isCanonical(String s) {
    int n = s.length();
    if (n < 8 || n > 16 || s.charAt(0) != '+' || s.charAt(1) == '0') {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    for (int len = 1; len <= 3; len++) {
      int code = Integer.parseInt(s, 1, 1 + len, 10);
      if (TRUNK_PREFIX[code] != null) {
        return possibleAsIs(s, code, 1 + len);
      }
    }
    return false;
  }

  /** True when a national number of {@code length} digits is possible for the calling code. */
  static boolean possibleLength(int code, int length) {
    return code > 0
        && code < POSSIBLE_LENGTHS.length
        && length < 32
        && (POSSIBLE_LENGTHS[code] & (1 << length)) != 0;
  }

  private static boolean possibleAsIs(String s, int code, int national) {
    String trunk = TRUNK_PREFIX[code];
    if (s.charAt(national) == '0' || (!trunk.isEmpty() && s.startsWith(trunk, national))) {
      return false;
    }
    return (POSSIBLE_LENGTHS[code] & (1 << (s.length() - national))) != 0;
  }

  /** The trunk prefix of the calling code's main region, "" for none. */
  private static String trunkPrefix(int code) {
    String region = UTIL.getRegionCodeForCountryCode(code);
    String ndd =
        PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(region)
            ? null
            : UTIL.getNddPrefixForRegion(region, true);
    return ndd == null ? "" : ndd;
  }

  /**
   * Bit n is set when a national number of n digits (not starting with 0) is possible for the
   * calling code. Possibility depends on the length only, so probing one number per length once
   * lets the fast path skip building a number and the library's string work per call.
   */
  private static int possibleLengths(int code) {
    int mask = 0;
    for (int n = 1; n <= 17; n++) {
      PhoneNumber probe =
          new PhoneNumber().setCountryCode(code).setNationalNumber((long) Math.pow(10, n - 1));
      if (UTIL.isPossibleNumberWithReason(probe) == ValidationResult.IS_POSSIBLE) {
        mask |= 1 << n;
      }
    }
    return mask;
  }
}
