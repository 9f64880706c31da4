package io.ikarus.connects.internal.mapping;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.ValidationResult;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.ikarus.connects.mapping.MappingException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Formats phone numbers as E.164 ({@code +<country code><national number>}) on Google's
 * libphonenumber metadata, for every region it knows.
 *
 * <p>Numbers written with {@code +} or the default country's international prefix ({@code 00},
 * Australia's {@code 0011}, {@code 011} in North America) are international; a national trunk
 * prefix written after the country code ({@code +44 (0)20 ...}) is dropped, while Italy's leading 0
 * is kept. Other numbers get the default country's calling code. A number must have a length
 * possible for its region. An extension ({@code ext. 12}, {@code x12}, {@code ;ext=12}) is kept in
 * RFC 3966 form: {@code +16505550100;ext=12}. Input already in E.164 is returned as it is, without
 * parsing (see {@link E164}), and so is a plain national number of the default region (see {@link
 * NationalNumbers}). Thread-safe.
 */
public final class PhoneNumbers {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final Pattern EXTENSION =
      Pattern.compile("(?i)\\s*(?:;\\s*ext=|,?\\s*(?:ext\\.?|extension|x))\\s*(\\d{1,7})$");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");
  private static final Pattern ALLOWED = Pattern.compile("[+0-9 ()./\\-]*");

  private final String region;
  private final NationalNumbers national;

  private PhoneNumbers(String region) {
    this.region = region;
    this.national = NationalNumbers.forRegion(region);
  }

  /**
   * Rules for a default country: an ISO 3166 alpha-2 code ({@code "IN"}) or a calling code ({@code
   * "+420"}).
   *
   * @throws MappingException for an unknown country
   */
  public static PhoneNumbers forCountry(String country) {
    String c = country == null ? "" : country.trim().toUpperCase(Locale.ROOT);
    String region = c;
    if (c.matches("\\+[1-9]\\d{0,2}")) {
      region = UTIL.getRegionCodeForCountryCode(Integer.parseInt(c.substring(1)));
    }
    if (!UTIL.getSupportedRegions().contains(region)) {
      throw new MappingException(
          null,
          "unknown phone country '"
              + country
              + "'; use an ISO 3166 code such as IN or a calling code such as +420");
    }
    return new PhoneNumbers(region);
  }

  /**
   * Formats {@code raw} as E.164, with an extension when it has one.
   *
   * @throws IllegalArgumentException naming what is wrong (letters, odd characters, unknown country
   *     code, too few or too many digits)
   */
  public String toE164(String raw) {
    String s = raw.strip();
    if (E164.isCanonical(s)) {
      return s;
    }
    String fast = national.toE164(s);
    return fast != null ? fast : parsed(s);
  }

  /** The slow path: {@link #toE164} for any input, without the E.164 shortcut. */
  String parsed(String s) {
    Matcher ext = EXTENSION.matcher(s);
    String extension = ext.find() ? ext.group(1) : null;
    String main = extension == null ? s : s.substring(0, ext.start());
    if (LETTER.matcher(main).find()) {
      throw new IllegalArgumentException("phone number has letters");
    }
    if (!ALLOWED.matcher(main).matches()) {
      throw new IllegalArgumentException("phone number has characters other than digits");
    }
    PhoneNumber number = parse(main);
    ValidationResult possible = UTIL.isPossibleNumberWithReason(number);
    if (possible != ValidationResult.IS_POSSIBLE) {
      throw new IllegalArgumentException(impossible(number, possible));
    }
    String e164 = UTIL.format(number, PhoneNumberFormat.E164);
    return extension == null ? e164 : e164 + ";ext=" + extension;
  }

  private PhoneNumber parse(String main) {
    if (main.startsWith("+")) {
      long digits = main.chars().filter(ch -> ch >= '0' && ch <= '9').count();
      if (digits < 7 || digits > 15) {
        throw new IllegalArgumentException(
            "international phone number needs 7 to 15 digits after +, got " + digits);
      }
    }
    try {
      return UTIL.parse(main, region);
    } catch (NumberParseException e) {
      throw new IllegalArgumentException(reason(e));
    }
  }

  private static String reason(NumberParseException e) {
    return switch (e.getErrorType()) {
      case INVALID_COUNTRY_CODE -> "phone number has no known country code";
      case NOT_A_NUMBER -> "phone number is not a number";
      case TOO_SHORT_AFTER_IDD, TOO_SHORT_NSN -> "phone number is too short";
      case TOO_LONG -> "phone number is too long";
    };
  }

  private static String impossible(PhoneNumber number, ValidationResult result) {
    String why =
        switch (result) {
          case TOO_SHORT -> "too short";
          case TOO_LONG -> "too long";
          case IS_POSSIBLE_LOCAL_ONLY -> "a local number without its area code";
          case INVALID_COUNTRY_CODE -> "unknown country code";
          default -> "a length no number has there";
        };
    int digits = String.valueOf(number.getNationalNumber()).length();
    return digits
        + " digits is not a phone number for calling code +"
        + number.getCountryCode()
        + " ("
        + why
        + ")";
  }
}
