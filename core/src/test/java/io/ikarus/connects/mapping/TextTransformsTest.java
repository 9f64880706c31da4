package io.ikarus.connects.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTransformsTest {

  @Test
  void caseAndSpaceNormalisers() {
    assertThat(Transforms.trim().apply("  Ada \t")).isEqualTo("Ada");
    assertThat(Transforms.lower().apply("ÀDA")).isEqualTo("àda");
    assertThat(Transforms.upper().apply("ada")).isEqualTo("ADA");
    assertThat(Transforms.titleCase().apply("ada LOVELACE-byron o'neil"))
        .isEqualTo("Ada Lovelace-Byron O'Neil");
    assertThat(Transforms.digitsOnly().apply("+1 (650) 555-0100")).isEqualTo("16505550100");
    assertThat(Transforms.digitsOnly().apply(12345)).isEqualTo("12345");
  }

  @Test
  void nullPassesThroughEveryNormaliser() {
    for (Transform t :
        List.of(
            Transforms.trim(),
            Transforms.lower(),
            Transforms.upper(),
            Transforms.titleCase(),
            Transforms.digitsOnly(),
            Transforms.email(),
            Transforms.phoneE164("US"),
            Transforms.firstName(),
            Transforms.lastName())) {
      assertThat(t.apply(null)).as(t.name()).isNull();
    }
  }

  @Test
  void textTransformsRefuseNonText() {
    assertThatThrownBy(() -> Transforms.trim().apply(List.of("a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected text");
  }

  @Test
  void emailIsTrimmedLowerCasedAndChecked() {
    assertThat(Transforms.email().apply("  Ada@Example.COM ")).isEqualTo("ada@example.com");
    for (String bad : List.of("ada", "ada@", "@x.com", "a@b", "a b@x.com", "a@@x.com")) {
      assertThatThrownBy(() -> Transforms.email().apply(bad))
          .as(bad)
          .hasMessageContaining("not an email address");
    }
  }

  @Test
  void fullNameIsSplitIntoFirstAndLast() {
    assertThat(Transforms.firstName().apply(" Ada  King Lovelace ")).isEqualTo("Ada King");
    assertThat(Transforms.lastName().apply(" Ada  King Lovelace ")).isEqualTo("Lovelace");
    assertThat(Transforms.firstName().apply("Madonna")).isNull();
    assertThat(Transforms.lastName().apply("Madonna")).isEqualTo("Madonna");
    assertThat(Transforms.lastName().apply("  ")).isNull();
  }

  @Test
  void concatJoinsNonBlankParts() {
    Transform t = Transforms.concat(" ");
    assertThat(t.apply(Arrays.asList("Ada", null, " ", "Lovelace"))).isEqualTo("Ada Lovelace");
    assertThat(t.apply(Arrays.asList(null, null))).isNull();
    assertThat(t.apply("solo")).isEqualTo("solo");
  }

  @Test
  void constantDefaultAndCustom() {
    assertThat(Transforms.constant("Web").apply("anything")).isEqualTo("Web");
    assertThat(Transforms.defaultValue("n/a").apply(null)).isEqualTo("n/a");
    assertThat(Transforms.defaultValue("n/a").apply("x")).isEqualTo("x");
    Transform twice = Transforms.custom("twice", v -> v + "" + v);
    assertThat(twice.apply("ab")).isEqualTo("abab");
    assertThat(twice.inverse()).isEmpty();
  }

  @Test
  void chainsApplyInOrderAndInvertOnlyWhenAllInvert() {
    Transform t = Transforms.trim().andThen(Transforms.lower());
    assertThat(t.apply("  ADA ")).isEqualTo("ada");
    assertThat(t.name()).isEqualTo("trim|lower");
    assertThat(t.inverse()).isPresent();
    assertThat(t.andThen(Transforms.constant(1)).inverse()).isEmpty();
    Transform plusOne = Transforms.custom("plus1", v -> (Integer) v + 1, v -> (Integer) v - 1);
    assertThat(plusOne.andThen(plusOne).inverse().orElseThrow().apply(5)).isEqualTo(3);
  }
}
