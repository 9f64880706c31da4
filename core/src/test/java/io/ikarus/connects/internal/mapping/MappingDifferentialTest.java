package io.ikarus.connects.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written mapping hot paths give exactly what the regular expressions, the ISO formatter
 * and the phone parser they replace gave, over many random inputs. The reference implementations
 * below are the code as it was before (issue 20, item 1).
 */
class MappingDifferentialTest {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final Pattern WORD_START = Pattern.compile("(^|[\\s\\-'])(\\p{L})");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
  private static final String[] PIECES = {
    "a",
    "b",
    "z",
    "A",
    "Q",
    "é",
    "É",
    "ß",
    "İ",
    "ı",
    "ǆ",
    "ŉ",
    "\uD835\uDC9C",
    "\uD801\uDC00",
    "1",
    "9",
    " ",
    "  ",
    "\t",
    "\n",
    "\u000B",
    "\f",
    "\r",
    "\u00A0",
    "\u2003",
    "-",
    "'",
    "’",
    "@",
    ".",
    "..",
    "_",
    "+",
    "(",
    ")",
    "/",
    "ª",
    "ǅ",
    "Ω",
    "ﬀ",
    "j\u030C",
    "Mc",
    "o'",
    "van "
  };

  @Test
  void titleCaseAsTheRegularExpressionDid() {
    Random random = new Random(7);
    for (int i = 0; i < 50_000; i++) {
      String s = randomText(random);
      assertThat(TextTransforms.title(s)).as("%s", escape(s)).isEqualTo(oldTitle(s));
    }
  }

  @Test
  void emailCheckAndSpaceCollapsingAsTheRegularExpressionsDid() {
    Random random = new Random(11);
    for (int i = 0; i < 50_000; i++) {
      String s = random.nextBoolean() ? randomText(random) : randomAddress(random);
      assertThat(TextTransforms.isEmail(s))
          .as("%s", escape(s))
          .isEqualTo(EMAIL.matcher(s).matches());
      assertThat(TextTransforms.collapseSpaces(s))
          .as("%s", escape(s))
          .isEqualTo(s.replaceAll("\\s+", " "));
    }
  }

  @Test
  void emailTitleAndNumbersAsTheCopyingCodeDid() {
    Random random = new Random(19);
    String[] numberPieces = {
      "0", "1", "9", "5", ".", "-", "+", " ", "e", "E", "x", "00", "12345678"
    };
    for (int i = 0; i < 50_000; i++) {
      String s = random.nextBoolean() ? randomText(random) : randomAddress(random);
      assertThat(TextTransforms.stripLower(s))
          .as("%s", escape(s))
          .isEqualTo(s.strip().toLowerCase(Locale.ROOT));
      String ascii = s.replaceAll("[^\\x00-\\x7F]", "Q");
      assertThat(TextTransforms.title(ascii)).as("%s", escape(ascii)).isEqualTo(oldTitle(ascii));
      StringBuilder n = new StringBuilder();
      for (int k = random.nextInt(8); k >= 0; k--) {
        n.append(numberPieces[random.nextInt(numberPieces.length)]);
      }
      String number = n.toString();
      assertThat(outcome(() -> Coercions.number().apply(number)))
          .as(number)
          .isEqualTo(outcome(() -> oldDecimal(number)));
      assertThat(outcome(() -> Coercions.integer().apply(number)))
          .as(number)
          .isEqualTo(outcome(() -> oldInteger(number)));
    }
  }

  @Test
  void emailsAsTheRegularExpressionAndTheCopiesGaveThem() {
    Random random = new Random(31);
    int valid = 0;
    for (int i = 0; i < 50_000; i++) {
      String s =
          pick(random, "", " ", "\t", "\u001C", "\u2003")
              + switch (random.nextInt(3)) {
                case 0 -> randomText(random);
                case 1 -> randomAddress(random);
                default ->
                    pick(random, "Ada", "ada.K", "A_1", "x", "É")
                        + pick(random, "@", "@", "@@", "")
                        + pick(random, "Example", "ex", "", ".ex")
                        + pick(random, ".COM", ".co.uk", ".", "..c", ".c.");
              }
              + pick(random, "", " ", "\n", "\u001F");
      Object expected = outcome(() -> oldEmail(s));
      assertThat(outcome(() -> TextTransforms.email().apply(s)))
          .as("%s", escape(s))
          .isEqualTo(expected);
      valid += expected.equals(s.strip().toLowerCase(Locale.ROOT)) ? 1 : 0;
    }
    assertThat(valid).as("addresses accepted").isGreaterThan(2_000);
  }

  /** Emails as they were checked: strip, lower case, the regular expression. */
  private static Object oldEmail(String v) {
    String e = v.strip().toLowerCase(Locale.ROOT);
    if (!EMAIL.matcher(e).matches()) {
      throw new IllegalArgumentException("not an email address");
    }
    return e;
  }

  @Test
  void epochDaysAsLocalDateCountsThem() {
    for (LocalDate d = LocalDate.of(0, 1, 1); d.getYear() < 10_000; d = d.plusDays(1)) {
      long day = IsoDates.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
      if (day != d.toEpochDay()) {
        assertThat(day).as("%s", d).isEqualTo(d.toEpochDay());
      }
    }
  }

  @Test
  void booleansAsTheCopyingCodeReadThem() {
    Random random = new Random(23);
    String[] pieces = {
      "t", "r", "u", "e", "T", "R", "U", "E", "y", "Y", "es", "ES", "1", "0", "on", "ON", "of", "f",
      "F", "alse", "n", "N", "o", "O", "x", " ", "\t", "\u001C", "\u2003", "\u00A0", "İ", "ı",
      "\u212A", "yes", "No", "oFf", "TRUE", "False"
    };
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 50_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(5); k >= 0; k--) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String s = sb.toString();
      Object expected = outcome(() -> oldBool(s));
      assertThat(outcome(() -> Coercions.bool().apply(s))).as("%s", escape(s)).isEqualTo(expected);
      if (expected instanceof Boolean) {
        seen.add(s.strip().toLowerCase(Locale.ROOT));
      }
    }
    assertThat(seen).as("words read").hasSize(10);
  }

  /** Booleans as they were read: stripped and lower-cased copies looked up in two sets. */
  private static Object oldBool(String v) {
    String s = v.strip().toLowerCase(Locale.ROOT);
    if (Set.of("true", "yes", "y", "1", "on").contains(s)) {
      return true;
    }
    if (Set.of("false", "no", "n", "0", "off").contains(s)) {
      return false;
    }
    throw new IllegalArgumentException("not a boolean (true/false, yes/no, 1/0, on/off)");
  }

  /** Numbers as they were read: always through {@code new BigDecimal} (equals compares scale). */
  private static Object oldDecimal(String v) {
    try {
      return new java.math.BigDecimal(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number");
    }
  }

  private static Object oldInteger(String v) {
    try {
      return ((java.math.BigDecimal) oldDecimal(v)).longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("not a whole number in range");
    }
  }

  @Test
  void isoDateTimesAsTheFormatterReadThem() {
    Random random = new Random(13);
    ZoneId[] zones = {ZoneId.of("UTC"), ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York")};
    int fast = 0;
    int total = 100_000;
    for (int i = 0; i < total; i++) {
      String s = randomDateTime(random);
      ZoneId zone = zones[random.nextInt(zones.length)];
      Instant quick = IsoDates.parse(s, zone);
      Supplier<Object> reference = () -> oldIso(s, zone);
      if (quick != null) {
        fast++;
        assertThat(outcome(reference)).as(s).isEqualTo(quick);
      }
    }
    assertThat(fast).as("inputs on the fast path").isGreaterThan(total / 50);
  }

  @Test
  void nationalNumbersAsTheParserReadThemInEveryRegion() {
    Random random = new Random(17);
    int fast = 0;
    int total = 0;
    for (String region : UTIL.getSupportedRegions()) {
      PhoneNumbers rules = PhoneNumbers.forCountry(region);
      for (int i = 0; i < 150; i++) {
        String s = randomNational(region, random);
        total++;
        String stripped = s.strip();
        Object expected = outcome(() -> rules.parsed(stripped));
        Object actual = outcome(() -> rules.toE164(s));
        assertThat(actual).as("%s in %s", s, region).isEqualTo(expected);
        if (NationalNumbers.forRegion(region).toE164(stripped) != null) {
          fast++;
        }
      }
    }
    assertThat(fast).as("inputs on the fast path").isGreaterThan(total / 10);
    assertThat(PhoneNumbers.forCountry("US").toE164("(415) 555-0123")).isEqualTo("+14155550123");
    assertThat(outcome(() -> PhoneNumbers.forCountry("FI").toE164("99(9/246")))
        .isEqualTo("IllegalArgumentException: phone number is too short");
    assertThat(NationalNumbers.alwaysStartsWithZero("011")).isTrue();
    assertThat(NationalNumbers.alwaysStartsWithZero("0(?:0|11)")).isTrue();
    assertThat(NationalNumbers.alwaysStartsWithZero("00|99(?:[01469]|5(?:[14]1|3[23]))")).isFalse();
    assertThat(NationalNumbers.alwaysStartsWithZero("0?0")).isFalse();
  }

  private static String randomNational(String region, Random random) {
    if (random.nextInt(4) == 0) {
      PhoneNumberType[] types = PhoneNumberType.values();
      PhoneNumber example =
          UTIL.getExampleNumberForType(region, types[random.nextInt(types.length)]);
      if (example != null) {
        return UTIL.format(example, PhoneNumberFormat.NATIONAL);
      }
    }
    StringBuilder sb = new StringBuilder();
    if (random.nextInt(10) == 0) {
      sb.append(UTIL.getCountryCodeForRegion(region));
    }
    int length = 2 + random.nextInt(15);
    String[] separators = {"", "", "", " ", "-", ".", "(", ")", "/", "x", "+", "  "};
    for (int i = 0; i < length; i++) {
      sb.append(random.nextInt(10));
      if (random.nextInt(3) == 0) {
        sb.append(separators[random.nextInt(separators.length)]);
      }
    }
    return random.nextInt(20) == 0 ? " " + sb + " " : sb.toString();
  }

  private static String randomDateTime(Random random) {
    StringBuilder sb = new StringBuilder();
    sb.append(pick(random, "2024", "1999", "2000", "1900", "0001", "9999", "+2024", "24", "20245"));
    sb.append(pick(random, "-", "-", "-", "/"));
    sb.append(pick(random, "01", "02", "03", "12", "00", "13", "1", "06"));
    sb.append('-');
    sb.append(pick(random, "01", "09", "28", "29", "30", "31", "00", "32", "7"));
    if (random.nextInt(6) == 0) {
      return sb.toString();
    }
    sb.append(pick(random, "T", "T", "T", "t", " "));
    sb.append(pick(random, "00", "10", "23", "24", "7", "12"));
    sb.append(':');
    sb.append(pick(random, "00", "15", "59", "60", "5"));
    int seconds = random.nextInt(4);
    if (seconds > 0) {
      sb.append(':').append(pick(random, "00", "30", "59", "60", "1"));
      if (seconds > 1) {
        sb.append(pick(random, ".", ".1", ".123", ".123456789", ".1234567891", ".000", ",5"));
      }
    }
    sb.append(
        pick(
            random, "", "Z", "z", "+01:00", "-05:00", "+0100", "-0530", "+18:00", "+17:59",
            "-18:00", "+19:00", "+01:60", "+1", "+01", "+01:0", "Z ", "+00:00", "-00:00", "UTC"));
    return sb.toString();
  }

  private static String randomText(Random random) {
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(8);
    for (int i = 0; i < n; i++) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }

  private static String randomAddress(Random random) {
    return randomText(random)
        + pick(random, "x", "", "ada.k", " ")
        + pick(random, "@", "@", "@@", "")
        + pick(random, "example", "", ".", "ex ample")
        + pick(random, ".com", ".co.uk", ".", "", "..com", ".c")
        + pick(random, "", "", ".", " ");
  }

  private static String pick(Random random, String... options) {
    return options[random.nextInt(options.length)];
  }

  private static Object outcome(Supplier<Object> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints()
        .forEach(
            cp ->
                sb.append(cp < 128 && cp >= 32 ? "" + (char) cp : "\\u" + Integer.toHexString(cp)));
    return sb.toString();
  }

  /** Title case as it was: a regular expression over the lower-cased text. */
  private static String oldTitle(String s) {
    Matcher m = WORD_START.matcher(s.toLowerCase(Locale.ROOT));
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out, Matcher.quoteReplacement(m.group(1) + m.group(2).toUpperCase(Locale.ROOT)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** ISO input as it was read: the formatter, best of offset and local date-time. */
  private static Instant oldIso(String s, ZoneId zone) {
    TemporalAccessor t =
        DateTimes.ISO_ANY_OFFSET.parseBest(
            s.length() == 10 ? s + "T00:00" : s, OffsetDateTime::from, LocalDateTime::from);
    return t instanceof OffsetDateTime o
        ? o.toInstant()
        : ((LocalDateTime) t).atZone(zone).toInstant();
  }
}
