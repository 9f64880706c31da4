package io.ikarus.connects.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoercionAndLookupTest {

  @Test
  void numbersAreBigDecimalAndNeverRound() {
    assertThat(Transforms.toNumber().apply(" 12345678901234567890.123456789 "))
        .isEqualTo(new BigDecimal("12345678901234567890.123456789"));
    assertThat(Transforms.toNumber().apply(7)).isEqualTo(new BigDecimal("7"));
    assertThat(Transforms.toNumber().apply(0.1d)).isEqualTo(new BigDecimal("0.1"));
    assertThatThrownBy(() -> Transforms.toNumber().apply("12a")).hasMessage("not a number");
    assertThatThrownBy(() -> Transforms.toNumber().apply(true)).hasMessageContaining("Boolean");
    assertThat(Transforms.toNumber().inverse().orElseThrow().apply(new BigDecimal("1E+3")))
        .isEqualTo("1000");
  }

  @Test
  void integersRefuseFractions() {
    assertThat(Transforms.toInteger().apply("42")).isEqualTo(42L);
    assertThat(Transforms.toInteger().apply(new BigDecimal("42.0"))).isEqualTo(42L);
    assertThatThrownBy(() -> Transforms.toInteger().apply("4.5"))
        .hasMessageContaining("not a whole number");
  }

  @Test
  void booleansFromCommonSpellings() {
    Transform b = Transforms.toBoolean();
    assertThat(b.apply("Yes")).isEqualTo(true);
    assertThat(b.apply("off")).isEqualTo(false);
    assertThat(b.apply(1)).isEqualTo(true);
    assertThat(b.apply(false)).isEqualTo(false);
    assertThatThrownBy(() -> b.apply("maybe")).hasMessageContaining("not a boolean");
    assertThat(b.apply(b.inverse().orElseThrow().apply(true))).isEqualTo(true);
  }

  @Test
  void stringsWritePlainDecimals() {
    assertThat(Transforms.asString().apply(new BigDecimal("1E+2"))).isEqualTo("100");
    assertThat(Transforms.asString().apply(5)).isEqualTo("5");
    assertThat(Transforms.asString().inverse()).isEmpty();
  }

  @Test
  void valueMapLooksUpByValueOrText() {
    Transform t = Transforms.valueMap(Map.of("1", "Hot", "2", "Cold"));
    assertThat(t.apply(1)).isEqualTo("Hot");
    assertThat(t.apply("2")).isEqualTo("Cold");
    assertThatThrownBy(() -> t.apply("3")).hasMessageContaining("no mapping");
    assertThat(t.inverse().orElseThrow().apply("Cold")).isEqualTo("2");
  }

  @Test
  void valueMapWithSharedValuesOrFallbackIsNotInvertible() {
    assertThat(Transforms.valueMap(Map.of("a", "X", "b", "X")).inverse()).isEmpty();
    Transform fallback = Transforms.valueMap(Map.of("a", "X"), "Other");
    assertThat(fallback.apply("zzz")).isEqualTo("Other");
    assertThat(fallback.inverse()).isEmpty();
  }
}
