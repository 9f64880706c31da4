package io.ikarus.connects.internal.mapping;

import io.ikarus.connects.mapping.Transform;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/** Number, boolean and string coercions. Decimals are {@link BigDecimal}, so nothing rounds. */
public final class Coercions {

  private static final Set<String> TRUE = Set.of("true", "yes", "y", "1", "on");
  private static final Set<String> FALSE = Set.of("false", "no", "n", "0", "off");

  private Coercions() {}

  /** A value as plain text: BigDecimal without exponent, others by {@code toString}. */
  public static String plain(Object value) {
    return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
  }

  /** To text; not invertible, as the original type is unknown. */
  public static Transform string() {
    return NamedTransform.oneWay("string", Coercions::plain);
  }

  /** To {@link BigDecimal}; inverse: to text. */
  public static Transform number() {
    return new NamedTransform("number", v -> v == null ? null : decimal(v), string());
  }

  /** To a whole {@link Long}; refuses fractions. Inverse: to text. */
  public static Transform integer() {
    return new NamedTransform(
        "integer",
        v -> {
          if (v == null) {
            return null;
          }
          try {
            return decimal(v).longValueExact();
          } catch (ArithmeticException e) {
            throw new IllegalArgumentException("not a whole number in range");
          }
        },
        string());
  }

  /** To {@link Boolean} from true/false, yes/no, y/n, 1/0, on/off. Inverse: to text. */
  public static Transform bool() {
    return new NamedTransform("boolean", v -> v == null ? null : bool(v), string());
  }

  private static BigDecimal decimal(Object v) {
    if (v instanceof BigDecimal d) {
      return d;
    }
    if (!(v instanceof Number || v instanceof CharSequence)) {
      throw new IllegalArgumentException("not a number: a " + v.getClass().getSimpleName());
    }
    try {
      return new BigDecimal(v.toString().strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number");
    }
  }

  private static Boolean bool(Object v) {
    if (v instanceof Boolean b) {
      return b;
    }
    String s = plain(v).strip().toLowerCase(Locale.ROOT);
    if (TRUE.contains(s)) {
      return true;
    }
    if (FALSE.contains(s)) {
      return false;
    }
    throw new IllegalArgumentException("not a boolean (true/false, yes/no, 1/0, on/off)");
  }
}
