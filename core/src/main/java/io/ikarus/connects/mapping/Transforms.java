package io.ikarus.connects.mapping;

import io.ikarus.connects.internal.mapping.Coercions;
import io.ikarus.connects.internal.mapping.DateTimes;
import io.ikarus.connects.internal.mapping.NamedTransform;
import io.ikarus.connects.internal.mapping.TextTransforms;
import io.ikarus.connects.internal.mapping.ValueMaps;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The ready-made {@link Transform}s. Unless said otherwise each passes {@code null} through, and
 * the normalisers (trim, lower, upper, title case, digits, email, phone) are invertible with the
 * identity as inverse. In a JSON mapping each is named as shown in brackets.
 */
public final class Transforms {

  private Transforms() {}

  /** Removes leading and trailing white space [{@code trim}]. */
  public static Transform trim() {
    return TextTransforms.trim();
  }

  /** Lower case, locale-neutral [{@code lower}]. */
  public static Transform lower() {
    return TextTransforms.lower();
  }

  /** Upper case, locale-neutral [{@code upper}]. */
  public static Transform upper() {
    return TextTransforms.upper();
  }

  /** {@code "ada LOVELACE-byron"} to {@code "Ada Lovelace-Byron"} [{@code title}]. */
  public static Transform titleCase() {
    return TextTransforms.titleCase();
  }

  /** Keeps only the digits [{@code digits}]. */
  public static Transform digitsOnly() {
    return TextTransforms.digitsOnly();
  }

  /** Trims and lower-cases an email address; refuses text that is not one [{@code email}]. */
  public static Transform email() {
    return TextTransforms.email();
  }

  /**
   * Formats a phone number as E.164, such as {@code +919876543210} [{@code phone_e164}, argument
   * {@code country}], on libphonenumber's metadata for every region. A number without {@code +} or
   * the country's international prefix ({@code 00}, {@code 0011}, {@code 011}) gets {@code
   * defaultCountry}'s calling code after its trunk prefix is dropped; a trunk prefix written after
   * the country code ({@code +44 (0)20 ...}) is dropped too, Italy's leading 0 is kept. An
   * extension is kept as {@code ;ext=123}. Letters, or a length no number of the region has, are
   * refused. Input already in E.164 is returned unchanged without parsing.
   *
   * @param defaultCountry an ISO 3166 code such as {@code "IN"}, {@code "US"}, {@code "GB"}, or a
   *     calling code such as {@code "+420"}
   * @throws MappingException for an unknown country
   */
  public static Transform phoneE164(String defaultCountry) {
    return TextTransforms.phoneE164(defaultCountry);
  }

  /**
   * Converts a date/time between formats in UTC [{@code datetime}, arguments {@code from}, {@code
   * to}, {@code zone}]; see {@link #dateTime(String, String, ZoneId)}.
   */
  public static Transform dateTime(String from, String to) {
    return dateTime(from, to, ZoneOffset.UTC);
  }

  /**
   * Converts a date/time between formats; inverse: the opposite conversion. A format is {@code iso}
   * (output: an ISO 8601 instant such as {@code 2025-01-31T09:30:00Z}; input: any ISO 8601 date or
   * date-time), {@code iso_date}, {@code epoch_millis}, {@code epoch_seconds}, or a {@link
   * java.time.format.DateTimeFormatter} pattern such as {@code dd/MM/yyyy HH:mm}. Values without an
   * offset are read in {@code zone}; output is written in {@code zone}. Month and day names in
   * patterns are English whatever the JVM's default locale; see {@link #dateTime(String, String,
   * ZoneId, Locale)}.
   *
   * @throws MappingException for an invalid pattern
   */
  public static Transform dateTime(String from, String to, ZoneId zone) {
    return dateTime(from, to, zone, Locale.ENGLISH);
  }

  /**
   * As {@link #dateTime(String, String, ZoneId)}, with month and day names of patterns in {@code
   * locale} [{@code datetime}, argument {@code locale}, a BCP 47 tag such as {@code de-DE}].
   *
   * @throws MappingException for an invalid pattern
   */
  public static Transform dateTime(String from, String to, ZoneId zone, Locale locale) {
    return DateTimes.convert(from, to, zone, locale);
  }

  /** To {@link java.math.BigDecimal} (never rounds); inverse: to text [{@code number}]. */
  public static Transform toNumber() {
    return Coercions.number();
  }

  /** To a whole {@code Long}, refusing fractions; inverse: to text [{@code integer}]. */
  public static Transform toInteger() {
    return Coercions.integer();
  }

  /** To {@code Boolean} from true/false, yes/no, y/n, 1/0, on/off [{@code boolean}]. */
  public static Transform toBoolean() {
    return Coercions.bool();
  }

  /** To text; decimals without exponent. Not invertible [{@code string}]. */
  public static Transform asString() {
    return Coercions.string();
  }

  /** The given names of a full name: all words but the last [{@code first_name}]. */
  public static Transform firstName() {
    return TextTransforms.firstName();
  }

  /** The family name of a full name: its last word [{@code last_name}]. */
  public static Transform lastName() {
    return TextTransforms.lastName();
  }

  /**
   * Joins the values of a rule with several source paths, skipping blank ones [{@code concat},
   * argument {@code separator}]. Not invertible.
   */
  public static Transform concat(String separator) {
    return TextTransforms.concat(separator);
  }

  /** Always {@code value}, whatever the source [{@code constant}, argument {@code value}]. */
  public static Transform constant(Object value) {
    return new NamedTransform("constant", v -> value, null);
  }

  /** {@code value} in place of null; other values unchanged [{@code default}]. */
  public static Transform defaultValue(Object value) {
    return new NamedTransform("default", v -> v == null ? value : v, Transform.identity());
  }

  /**
   * Looks values up in {@code table}; an unknown value is refused [{@code value_map}, argument
   * {@code map}]. Invertible when no two keys share a value. Keys also match by their text, so
   * {@code "1"} finds a number 1.
   */
  public static Transform valueMap(Map<?, ?> table) {
    return ValueMaps.strict(table);
  }

  /** Looks values up in {@code table}; unknown values become {@code fallback}. Not invertible. */
  public static Transform valueMap(Map<?, ?> table, Object fallback) {
    return ValueMaps.withFallback(table, fallback);
  }

  /** A custom function, not invertible. */
  public static Transform custom(String name, Function<Object, Object> function) {
    return Transform.of(name, function);
  }

  /** A custom function with its inverse. */
  public static Transform custom(
      String name, Function<Object, Object> function, Function<Object, Object> inverse) {
    return Transform.of(name, function, inverse);
  }
}
