package io.ikarus.connects.internal.mapping;

import io.ikarus.connects.mapping.MappingException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Formats phone numbers as E.164 ({@code +<country code><national number>}, at most 15 digits).
 *
 * <p>A deliberately small rule set rather than libphonenumber (whose metadata would be most of
 * core's size): numbers written with {@code +} or {@code 00} are taken as international and only
 * checked for length; other numbers get the default country's calling code after its trunk prefix
 * is dropped, and must have one of that country's national lengths. Countries outside the table can
 * be given as a calling code such as {@code "+420"}.
 */
public final class PhoneNumbers {

  /** A country's dialling rules: calling code, trunk prefix ("" for none), national lengths. */
  private record Country(String code, String trunk, int minLength, int maxLength) {}

  private static final Map<String, Country> COUNTRIES = new TreeMap<>();

  static {
    country("US", "1", "1", 10, 10);
    country("CA", "1", "1", 10, 10);
    country("GB", "44", "0", 9, 10);
    country("IE", "353", "0", 7, 9);
    country("IN", "91", "0", 10, 10);
    country("DE", "49", "0", 6, 13);
    country("FR", "33", "0", 9, 9);
    country("ES", "34", "", 9, 9);
    country("IT", "39", "", 6, 11);
    country("NL", "31", "0", 9, 9);
    country("CH", "41", "0", 9, 9);
    country("SE", "46", "0", 7, 9);
    country("AU", "61", "0", 9, 9);
    country("NZ", "64", "0", 8, 10);
    country("SG", "65", "", 8, 8);
    country("AE", "971", "0", 8, 9);
    country("ZA", "27", "0", 9, 9);
    country("BR", "55", "0", 10, 11);
    country("MX", "52", "", 10, 10);
    country("JP", "81", "0", 9, 10);
    country("CN", "86", "0", 10, 11);
  }

  private final Country country;

  private PhoneNumbers(Country country) {
    this.country = country;
  }

  private static void country(String iso, String code, String trunk, int min, int max) {
    COUNTRIES.put(iso, new Country(code, trunk, min, max));
  }

  /**
   * Rules for a default country: an ISO 3166 alpha-2 code from the table ({@code "IN"}) or a
   * calling code ({@code "+420"}).
   *
   * @throws MappingException for an unknown country
   */
  public static PhoneNumbers forCountry(String country) {
    String c = country == null ? "" : country.trim().toUpperCase(Locale.ROOT);
    if (c.matches("\\+[1-9]\\d{0,2}")) {
      return new PhoneNumbers(new Country(c.substring(1), "0", 4, 15 - (c.length() - 1)));
    }
    Country known = COUNTRIES.get(c);
    if (known == null) {
      throw new MappingException(
          null,
          "unknown phone country '"
              + country
              + "'; use one of "
              + COUNTRIES.keySet()
              + " or a calling code such as +420");
    }
    return new PhoneNumbers(known);
  }

  /**
   * Formats {@code raw} as E.164.
   *
   * @throws IllegalArgumentException naming what is wrong (letters, too few or many digits)
   */
  public String toE164(String raw) {
    String s = raw.strip();
    if (s.chars().anyMatch(Character::isLetter)) {
      throw new IllegalArgumentException("phone number has letters");
    }
    if (!s.matches("[+0-9 ()./\\-]*")) {
      throw new IllegalArgumentException("phone number has characters other than digits");
    }
    String digits = s.replaceAll("[^0-9]", "");
    if (s.startsWith("+")) {
      return international(digits);
    }
    if (digits.startsWith("00")) {
      return international(digits.substring(2));
    }
    return "+" + country.code() + national(digits);
  }

  private static String international(String digits) {
    if (digits.length() < 8 || digits.length() > 15 || digits.startsWith("0")) {
      throw new IllegalArgumentException(
          "international phone number needs 8 to 15 digits after + and no leading 0, got "
              + digits.length());
    }
    return "+" + digits;
  }

  private String national(String digits) {
    String trunk = country.trunk();
    if (!trunk.isEmpty() && digits.startsWith(trunk) && fits(digits.length() - trunk.length())) {
      return digits.substring(trunk.length());
    }
    if (fits(digits.length())) {
      return digits;
    }
    if (digits.startsWith(country.code()) && fits(digits.length() - country.code().length())) {
      return digits.substring(country.code().length());
    }
    throw new IllegalArgumentException(
        digits.length()
            + " digits is not a phone number for calling code +"
            + country.code()
            + " (national numbers have "
            + country.minLength()
            + (country.minLength() == country.maxLength() ? "" : " to " + country.maxLength())
            + " digits)");
  }

  private boolean fits(int length) {
    return length >= country.minLength() && length <= country.maxLength();
  }
}
