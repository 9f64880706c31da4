package io.ikarus.connects.monday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.error.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Every modelled column type round-trips through create and get. */
class MondayColumnTypesTest extends MondayTestSupport {

  @Test
  void everyColumnTypeRoundTrips() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("name", "Ada");
    fields.put("text_company", "Analytical Engines \"Ltd\"");
    fields.put("email", "ada@example.com");
    fields.put("phone", "+15551234567 US");
    fields.put("status", "Done");
    fields.put("date4", LocalDate.of(2024, 5, 25));
    fields.put("numbers", new BigDecimal("1234.50"));
    fields.put("long_text", "line one\nline two");

    CrmRecord created = monday.create("leads", fields).join();
    CrmRecord read = monday.get("leads", created.id()).join();

    assertThat(read.field("name")).isEqualTo("Ada");
    assertThat(read.field("text_company")).isEqualTo("Analytical Engines \"Ltd\"");
    assertThat(read.field("email")).isEqualTo("ada@example.com");
    assertThat(read.field("phone")).isEqualTo("+15551234567 US");
    assertThat(read.field("status")).isEqualTo("Done");
    assertThat(read.field("date4")).isEqualTo(LocalDate.of(2024, 5, 25));
    assertThat((BigDecimal) read.field("numbers")).isEqualByComparingTo("1234.5");
    assertThat(read.field("long_text")).isEqualTo("line one\nline two");
    assertThat(read.modifiedAt()).isNotNull();
  }

  @Test
  void titlesResolveToColumnIdsAndDateTimesKeepTheirTime() {
    Instant when = Instant.parse("2024-05-25T13:00:00Z");
    CrmRecord created =
        monday.create("leads", Map.of("Name", "Bo", "Due date", when, "Status", 2)).join();

    CrmRecord read = monday.get("leads", created.id()).join();

    assertThat(read.field("date4")).isEqualTo(when);
    assertThat(read.field("status")).isEqualTo("Stuck");
  }

  @Test
  void nullClearsAColumn() {
    CrmRecord created =
        monday.create("leads", Map.of("name", "C", "text_company", "x", "numbers", 5)).join();
    Map<String, Object> clear = new LinkedHashMap<>();
    clear.put("text_company", null);
    clear.put("numbers", null);

    CrmRecord updated = monday.update("leads", created.id(), clear).join();

    assertThat(updated.field("text_company")).isNull();
    assertThat(updated.field("numbers")).isNull();
  }

  @Test
  void aValueTheColumnCannotHoldNamesTheColumn() {
    assertRefused(Map.of("name", "D", "numbers", "forty-two"), "numbers");
    assertRefused(Map.of("name", "D", "email", "nope"), "email");
    assertRefused(Map.of("name", "D", "phone", "+15551234567"), "phone");
    assertRefused(Map.of("name", "D", "status", "Shipped"), "status");
    assertRefused(Map.of("name", "D", "date4", "25/05/2024"), "date4");
    assertRefused(Map.of("name", "D", "nosuchcolumn", "x"), "nosuchcolumn");
    assertRefused(Map.of("text_company", "no name"), "name");
    assertThat(fake.activeItemCount(fake.sampleBoardId())).isZero();
  }

  @Test
  void defaultPhoneCountryCompletesBareNumbers() {
    MondayConnector withCountry = MondayFixture.connector(fake).defaultPhoneCountry("IN").build();
    CrmRecord created =
        withCountry.create("leads", Map.of("name", "E", "phone", "+919876543210")).join();

    assertThat(withCountry.get("leads", created.id()).join().field("phone"))
        .isEqualTo("+919876543210 IN");
    withCountry.close();
  }

  private void assertRefused(Map<String, Object> fields, String column) {
    assertThatThrownBy(() -> monday.create("leads", fields).join())
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).fields()).containsExactly(column));
  }
}
