package io.ikarus.connects.hubspot.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.error.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WireValuesTest {

  @Test
  void everyValueBecomesAString() {
    Map<String, Object> fields = new HashMap<>();
    fields.put("cleared", null);
    fields.put("amount", new BigDecimal("1E+3"));
    fields.put("ratio", 0.1d);
    fields.put("flag", true);
    fields.put("at", Instant.ofEpochMilli(5));
    fields.put("day", LocalDate.of(1970, 1, 2));
    fields.put("tags", List.of("a", "b"));

    assertThat(WireValues.properties(fields))
        .containsEntry("cleared", "")
        .containsEntry("amount", "1000")
        .containsEntry("ratio", "0.1")
        .containsEntry("flag", "true")
        .containsEntry("at", "5")
        .containsEntry("day", "86400000")
        .containsEntry("tags", "a;b");
  }

  @Test
  void refusesUnknownValueTypesAndBadNames() {
    assertThatThrownBy(() -> WireValues.toWire("x", new Object()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("'x'");
    assertThatThrownBy(() -> WireValues.properties(Map.of("bad name", "v")))
        .isInstanceOf(ValidationException.class);
  }
}
