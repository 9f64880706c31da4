package io.ikarus.connects.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneE164Test {

  @ParameterizedTest
  @CsvSource({
    "IN, 98765 43210, +919876543210",
    "IN, 098765-43210, +919876543210",
    "IN, 919876543210, +919876543210",
    "IN, +91 98765 43210, +919876543210",
    "IN, 0091 98765 43210, +919876543210",
    "US, (650) 555-0100, +16505550100",
    "US, 1-650-555-0100, +16505550100",
    "US, 650.555.0100, +16505550100",
    "GB, 020 7946 0958, +442079460958",
    "GB, +44 (0)20 7946 0958, +4402079460958",
    "IT, 06 1234 5678, +390612345678",
    "+420, 601 123 456, +420601123456",
    "DE, 030 123456, +4930123456",
    "IN, 9876543210, +919876543210"
  })
  void formatsAsE164(String country, String raw, String expected) {
    assertThat(Transforms.phoneE164(country).apply(raw)).isEqualTo(expected);
  }

  @Test
  void isIdempotentSoItsInverseIsTheIdentity() {
    Transform t = Transforms.phoneE164("IN");
    assertThat(t.apply(t.apply("98765 43210"))).isEqualTo("+919876543210");
    assertThat(t.inverse().orElseThrow().apply("+919876543210")).isEqualTo("+919876543210");
  }

  @Test
  void refusesLettersWrongLengthsAndOddCharacters() {
    Transform t = Transforms.phoneE164("IN");
    assertThatThrownBy(() -> t.apply("98765 4321O")).hasMessageContaining("letters");
    assertThatThrownBy(() -> t.apply("call me")).hasMessageContaining("letters");
    assertThatThrownBy(() -> t.apply("12345")).hasMessageContaining("5 digits");
    assertThatThrownBy(() -> t.apply("+12")).hasMessageContaining("8 to 15 digits");
    assertThatThrownBy(() -> t.apply("98765#43210")).hasMessageContaining("other than digits");
    assertThat(t.apply(null)).isNull();
  }

  @Test
  void unknownCountryIsAMappingError() {
    assertThatThrownBy(() -> Transforms.phoneE164("XX"))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("unknown phone country 'XX'");
  }
}
