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
    "GB, +44 (0)20 7946 0958, +442079460958",
    "US, +44 (0)20 7946 0958, +442079460958",
    "DE, +49 (0)30 123456, +4930123456",
    "IT, +39 06 1234 5678, +390612345678",
    "GB, +39 06 1234 5678, +390612345678",
    "AU, 0011 44 20 7946 0958, +442079460958",
    "AU, 02 9876 5432, +61298765432",
    "PK, 0300 1234567, +923001234567",
    "PK, +92 300 1234567, +923001234567",
    "PH, 0917 123 4567, +639171234567",
    "PH, +63 917 123 4567, +639171234567",
    "US, +1 650 555 0100 ext. 123, +16505550100;ext=123",
    "US, (650) 555-0100 x45, +16505550100;ext=45",
    "US, +16505550100;ext=45, +16505550100;ext=45",
    "+63, 0917 123 4567, +639171234567",
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
    assertThatThrownBy(() -> t.apply("+12")).hasMessageContaining("7 to 15 digits");
    assertThatThrownBy(() -> t.apply("+4420794609581234")).hasMessageContaining("7 to 15 digits");
    assertThatThrownBy(() -> t.apply("98765#43210")).hasMessageContaining("other than digits");
    assertThat(t.apply(null)).isNull();
  }

  @Test
  void e164InputIsReturnedAsItIs() {
    String e164 = "+442079460958";
    assertThat(Transforms.phoneE164("IN").apply(e164)).isSameAs(e164);
  }

  @Test
  void numbersOfNoRegionAreRefusedWithTheReason() {
    Transform t = Transforms.phoneE164("GB");
    assertThatThrownBy(() -> t.apply("+999 1234 5678")).hasMessageContaining("country code");
    assertThatThrownBy(() -> t.apply("020 7946 09581234")).hasMessageContaining("too long");
  }

  @Test
  void unknownCountryIsAMappingError() {
    assertThatThrownBy(() -> Transforms.phoneE164("XX"))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("unknown phone country 'XX'");
  }
}
