package io.ikarus.connects.testkit.internal.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FilterTest {

  private static Filter<Map<String, Object>> eq(String field, Object value) {
    return Filter.where(field, row -> value.equals(row.get(field)));
  }

  @Test
  void allAnyAndNotCombineVendorLeaves() {
    Filter<Map<String, Object>> f =
        Filter.any(List.of(eq("a", 1), Filter.all(List.of(eq("b", 2), Filter.not(eq("c", 3))))));

    assertThat(f.test(Map.of("a", 1))).isTrue();
    assertThat(f.test(Map.of("b", 2, "c", 4))).isTrue();
    assertThat(f.test(Map.of("b", 2, "c", 3))).isFalse();
    assertThat(f.fields()).containsExactly("a", "b", "c");
  }

  @Test
  void anEmptyAllMatchesEverythingAndAnEmptyAnyNothing() {
    assertThat(Filter.<Map<String, Object>>always().test(Map.of())).isTrue();
    assertThat(Filter.<Map<String, Object>>any(List.of()).test(Map.of())).isFalse();
    assertThat(Filter.<Map<String, Object>>where(null, r -> true).fields()).isEmpty();
  }
}
