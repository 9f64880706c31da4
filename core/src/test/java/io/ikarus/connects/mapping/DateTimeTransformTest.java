package io.ikarus.connects.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateTimeTransformTest {

  private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

  @Test
  void isoInputsBecomeAnUtcInstant() {
    Transform iso = Transforms.dateTime("iso", "iso");
    assertThat(iso.apply("2025-01-31T09:30:00+05:30")).isEqualTo("2025-01-31T04:00:00Z");
    assertThat(iso.apply("2025-01-31T09:30:00")).isEqualTo("2025-01-31T09:30:00Z");
    assertThat(iso.apply("2025-01-31")).isEqualTo("2025-01-31T00:00:00Z");
    assertThat(iso.apply(Instant.EPOCH)).isEqualTo("1970-01-01T00:00:00Z");
    assertThat(iso.apply(LocalDate.of(2025, 1, 31))).isEqualTo("2025-01-31T00:00:00Z");
  }

  @Test
  void salesforceRestDateTimesAreReadAsIso() {
    Transform iso = Transforms.dateTime("iso", "epoch_millis");
    assertThat(iso.apply("2024-01-15T10:30:00.000+0000")).isEqualTo(1705314600000L);
    assertThat(iso.apply("2024-01-15T11:30:00.000+0100")).isEqualTo(1705314600000L);
  }

  @Test
  void patternNamesDoNotDependOnTheDefaultLocale() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
    try {
      Transform english = Transforms.dateTime("dd MMM yyyy", "iso_date");
      assertThat(english.apply("15 Mar 2024")).isEqualTo("2024-03-15");
      Transform german =
          Transforms.dateTime("dd MMMM yyyy", "iso_date", ZoneOffset.UTC, Locale.GERMAN);
      assertThat(german.apply("15 März 2024")).isEqualTo("2024-03-15");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void epochMillisAndSecondsBothWays() {
    Transform toMillis = Transforms.dateTime("iso", "epoch_millis");
    assertThat(toMillis.apply("1970-01-01T00:00:01.5Z")).isEqualTo(1500L);
    assertThat(toMillis.inverse().orElseThrow().apply(1500L)).isEqualTo("1970-01-01T00:00:01.500Z");
    assertThat(Transforms.dateTime("epoch_seconds", "iso").apply("60"))
        .isEqualTo("1970-01-01T00:01:00Z");
    assertThat(Transforms.dateTime("epoch_millis", "iso").apply(86_400_000))
        .isEqualTo("1970-01-02T00:00:00Z");
  }

  @Test
  void customPatternsInAZone() {
    Transform t = Transforms.dateTime("dd/MM/yyyy HH:mm", "iso", KOLKATA);
    assertThat(t.apply("31/01/2025 09:30")).isEqualTo("2025-01-31T04:00:00Z");
    assertThat(t.inverse().orElseThrow().apply("2025-01-31T04:00:00Z"))
        .isEqualTo("31/01/2025 09:30");
    assertThat(Transforms.dateTime("iso", "iso_date", KOLKATA).apply("2025-01-31T20:00:00Z"))
        .isEqualTo("2025-02-01");
    assertThat(Transforms.dateTime("dd.MM.yyyy", "iso_date").apply("31.01.2025"))
        .isEqualTo("2025-01-31");
  }

  @Test
  void unparseableDateIsRefusedWithTheFormat() {
    Transform t = Transforms.dateTime("dd/MM/yyyy", "iso");
    assertThatThrownBy(() -> t.apply("2025-01-31"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a date/time in format dd/MM/yyyy");
    assertThatThrownBy(() -> Transforms.dateTime("iso", "iso").apply("yesterday"))
        .hasMessageContaining("format iso");
    assertThatThrownBy(() -> Transforms.dateTime("epoch_millis", "iso").apply("12:00"))
        .hasMessageContaining("epoch_millis");
    assertThat(t.apply(null)).isNull();
  }

  @Test
  void badPatternIsAMappingError() {
    assertThatThrownBy(() -> Transforms.dateTime("yyyy-bb", "iso"))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("bad date/time pattern 'yyyy-bb'");
  }
}
