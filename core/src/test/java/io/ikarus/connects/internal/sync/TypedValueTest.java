package io.ikarus.connects.internal.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.FieldType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TypedValueTest {

  @Test
  void numbersCompareByValue() {
    Object a = TypedValue.of(new BigDecimal("1.50"), FieldType.DECIMAL);
    assertThat(Canonical.same(a, TypedValue.of(1.5, FieldType.DECIMAL))).isTrue();
    assertThat(Canonical.same(a, TypedValue.of(" 1.5", FieldType.CURRENCY))).isTrue();
    assertThat(
            Canonical.same(
                TypedValue.of(42, FieldType.INTEGER), TypedValue.of("42.0", FieldType.INTEGER)))
        .isTrue();
    assertThat(TypedValue.forWrite("42", FieldType.INTEGER)).isEqualTo(42L);
  }

  @Test
  void booleansDatesAndDateTimesCompareByMeaning() {
    assertThat(TypedValue.of("TRUE", FieldType.BOOLEAN)).isEqualTo(true);
    Instant at = Instant.parse("2024-01-15T10:30:00Z");
    assertThat(TypedValue.of("2024-01-15T10:30:00.000+0000", FieldType.DATETIME)).isEqualTo(at);
    assertThat(TypedValue.of("2024-01-15T11:30:00+01:00", FieldType.DATETIME)).isEqualTo(at);
    assertThat(TypedValue.of(Long.toString(at.toEpochMilli()), FieldType.DATETIME)).isEqualTo(at);
    LocalDate day = LocalDate.of(2024, 1, 15);
    assertThat(TypedValue.of("1705276800000", FieldType.DATE)).isEqualTo(day);
    assertThat(TypedValue.of("2024-01-15", FieldType.DATE)).isEqualTo(day);
  }

  @Test
  void textIsTextAndUnreadableValuesAreKeptForTheVendorToRefuse() {
    assertThat(TypedValue.of(new BigDecimal("10.50"), FieldType.STRING)).isEqualTo("10.50");
    assertThat(TypedValue.of("", FieldType.STRING)).isNull();
    assertThat(TypedValue.of("many", FieldType.INTEGER)).isEqualTo("many");
    assertThat(TypedValue.of("soon", FieldType.DATETIME)).isEqualTo("soon");
  }
}
