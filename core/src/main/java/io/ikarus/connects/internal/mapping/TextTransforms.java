package io.ikarus.connects.internal.mapping;

import io.ikarus.connects.mapping.Transform;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Transforms of text values. */
public final class TextTransforms {

  private static final Pattern WORD_START = Pattern.compile("(^|[\\s\\-'])(\\p{L})");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

  private TextTransforms() {}

  /** The value as text: strings as they are, numbers and booleans as written; else an error. */
  public static String text(Object value) {
    if (value instanceof CharSequence s) {
      return s.toString();
    }
    if (value instanceof Number || value instanceof Boolean || value instanceof Character) {
      return Coercions.plain(value);
    }
    throw new IllegalArgumentException("expected text but got " + value.getClass().getSimpleName());
  }

  /** Removes leading and trailing white space. */
  public static Transform trim() {
    return NamedTransform.normalizer("trim", v -> text(v).strip());
  }

  /** Lower case (locale-neutral). */
  public static Transform lower() {
    return NamedTransform.normalizer("lower", v -> text(v).toLowerCase(Locale.ROOT));
  }

  /** Upper case (locale-neutral). */
  public static Transform upper() {
    return NamedTransform.normalizer("upper", v -> text(v).toUpperCase(Locale.ROOT));
  }

  /** Each word capitalised, the rest lower case; words start after space, hyphen, apostrophe. */
  public static Transform titleCase() {
    return NamedTransform.normalizer("title", v -> title(text(v)));
  }

  /** Only the digits. */
  public static Transform digitsOnly() {
    return NamedTransform.normalizer("digits", v -> text(v).replaceAll("[^0-9]", ""));
  }

  /** Trimmed, lower-case email address; refuses text that is not an address. */
  public static Transform email() {
    return NamedTransform.normalizer("email", v -> email(text(v)));
  }

  /** E.164 phone number with {@code defaultCountry} for numbers without a country code. */
  public static Transform phoneE164(String defaultCountry) {
    PhoneNumbers rules = PhoneNumbers.forCountry(defaultCountry);
    return NamedTransform.normalizer("phone_e164", v -> rules.toE164(text(v)));
  }

  /** The given names of a full name: all words but the last; null for a one-word name. */
  public static Transform firstName() {
    return NamedTransform.oneWay("first_name", v -> nameParts(v)[0]);
  }

  /** The family name of a full name: its last word. */
  public static Transform lastName() {
    return NamedTransform.oneWay("last_name", v -> nameParts(v)[1]);
  }

  /** Joins the non-blank values of a multi-source rule with {@code separator}. */
  public static Transform concat(String separator) {
    Objects.requireNonNull(separator, "separator");
    return NamedTransform.oneWay(
        "concat",
        v -> {
          List<?> parts = v instanceof List<?> l ? l : List.of(v);
          String joined =
              String.join(
                  separator,
                  parts.stream()
                      .filter(Objects::nonNull)
                      .map(TextTransforms::text)
                      .filter(s -> !s.isBlank())
                      .toList());
          return joined.isEmpty() ? null : joined;
        });
  }

  private static String title(String s) {
    Matcher m = WORD_START.matcher(s.toLowerCase(Locale.ROOT));
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out, Matcher.quoteReplacement(m.group(1) + m.group(2).toUpperCase(Locale.ROOT)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String email(String s) {
    String e = s.strip().toLowerCase(Locale.ROOT);
    if (!EMAIL.matcher(e).matches()) {
      throw new IllegalArgumentException("not an email address");
    }
    return e;
  }

  private static String[] nameParts(Object v) {
    String full = text(v).strip().replaceAll("\\s+", " ");
    if (full.isEmpty()) {
      return new String[] {null, null};
    }
    int cut = full.lastIndexOf(' ');
    return cut < 0
        ? new String[] {null, full}
        : new String[] {full.substring(0, cut), full.substring(cut + 1)};
  }
}
