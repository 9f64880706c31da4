package io.ikarus.connects.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.error.FieldError;
import io.ikarus.connects.error.ValidationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldMappingTest {

  private static final Map<String, Object> META_LEAD =
      Map.of(
          "id",
          "lead-1",
          "created_time",
          "2025-01-31T09:30:00+0000",
          "field_data",
          List.of(
              Map.of("name", "email", "values", List.of("Ada@Example.com")),
              Map.of("name", "full_name", "values", List.of("Ada King Lovelace")),
              Map.of("name", "phone_number", "values", List.of())),
          "address",
          Map.of("city", "London", "lines", List.of("1 Main St", "Flat 2")));

  @Test
  void pathsReachDottedIndexedAndNameKeyedValues() {
    FieldMapping m =
        FieldMapping.builder()
            .map("Email", "field_data.email")
            .map("City", "address.city")
            .map("Street2", "address.lines[1]")
            .map("Phone", "field_data.phone_number")
            .map("Missing", "address.zip")
            .map("OutOfRange", "address.lines[5]")
            .build();
    Map<String, Object> out = m.apply(META_LEAD);
    assertThat(out)
        .containsEntry("Email", "Ada@Example.com")
        .containsEntry("City", "London")
        .containsEntry("Street2", "Flat 2")
        .containsEntry("Phone", null)
        .doesNotContainKeys("Missing", "OutOfRange");
  }

  @Test
  void malformedPathsFailAtBuildTime() {
    for (String bad : List.of("", "a..b", "a[x]", "a[1", "[0]", "a[]")) {
      assertThatThrownBy(() -> FieldMapping.builder().map("T", bad))
          .as(bad)
          .isInstanceOf(MappingException.class)
          .hasMessageContaining("field 'T'");
    }
  }

  @Test
  void everyMissingOrInvalidFieldIsReportedAtOnce() {
    FieldMapping m =
        FieldMapping.builder()
            .map("Email", "email", Transforms.email())
            .map("Phone", "phone", Transforms.phoneE164("IN"))
            .map("LastName", "name", Transforms.lastName())
            .map("Born", "born", Transforms.dateTime("dd/MM/yyyy", "iso_date"))
            .map("Company", "company")
            .required("Email", "LastName", "Company")
            .build();
    Map<String, Object> src = new HashMap<>();
    src.put("email", "not-an-email");
    src.put("phone", "98765 ABCDE");
    src.put("born", "31-01-2025");
    src.put("company", null);

    assertThatThrownBy(() -> m.apply(CrmRecord.of("Lead", "L1", src)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.fields())
                  .containsExactly("Email", "Phone", "LastName", "Born", "Company");
              assertThat(e.fieldErrors())
                  .extracting(FieldError::code)
                  .containsExactly(
                      "INVALID_VALUE",
                      "INVALID_VALUE",
                      "REQUIRED_FIELD_MISSING",
                      "INVALID_VALUE",
                      "REQUIRED_FIELD_MISSING");
              assertThat(e.fieldErrors().get(0).message())
                  .contains("'not-an-email'", "source email", "not an email address");
              assertThat(e.fieldErrors().get(1).message()).contains("'98765 ABCDE'", "letters");
              assertThat(e.fieldErrors().get(2).message()).contains("source name", "null");
              assertThat(e.getMessage()).contains("Lead record L1", "5 field error(s)");
            });
  }

  @Test
  void defaultsFillMissingAndNullValues() {
    FieldMapping m =
        FieldMapping.builder()
            .map("Country", "country")
            .defaultValue("Country", "IN")
            .constant("LeadSource", "Web")
            .map("Name", List.of("first", "last"), Transforms.concat(" "))
            .required("Country")
            .build();
    assertThat(m.apply(Map.of("first", "Ada", "last", "Lovelace")))
        .containsExactly(
            Map.entry("Country", "IN"),
            Map.entry("LeadSource", "Web"),
            Map.entry("Name", "Ada Lovelace"));
  }

  @Test
  void unmappedSourceFieldsAreDroppedPassedOrRejected() {
    FieldMapping.Builder b = FieldMapping.builder().map("Email", "email");
    Map<String, Object> src = Map.of("email", "a@x.com", "extra", 1);
    assertThat(b.build().apply(src)).containsOnlyKeys("Email");
    assertThat(b.unmapped(UnmappedFields.PASS_THROUGH).build().apply(src))
        .containsOnlyKeys("Email", "extra");
    assertThatThrownBy(() -> b.unmapped(UnmappedFields.REJECT).build().apply(src))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.fields()).containsExactly("extra");
              assertThat(e.fieldErrors().get(0).code()).isEqualTo("UNMAPPED_FIELD");
            });
  }

  @Test
  void definitionErrorsFailAtBuildTime() {
    assertThatThrownBy(() -> FieldMapping.builder().map("A", "a").map("A", "b"))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("mapped twice");
    assertThatThrownBy(() -> FieldMapping.builder().required("Nope").build())
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("field 'Nope'");
  }

  @Test
  void reverseIsDerivedFromInvertibleRules() {
    FieldMapping m =
        FieldMapping.builder()
            .map("Email", "email", Transforms.email())
            .map("Rating", "score", Transforms.valueMap(Map.of("1", "Hot", "2", "Cold")))
            .map("Since", "since_ms", Transforms.dateTime("epoch_millis", "iso"))
            .constant("LeadSource", "Web")
            .build();
    assertThat(m.isReversible()).isTrue();
    FieldMapping back = m.reverse();
    Map<String, Object> target =
        Map.of(
            "Email",
            "ada@x.com",
            "Rating",
            "Cold",
            "Since",
            "1970-01-01T00:00:01Z",
            "LeadSource",
            "Web");
    Map<String, Object> source = back.apply(target);
    assertThat(source)
        .containsExactly(
            Map.entry("email", "ada@x.com"), Map.entry("score", "2"), Map.entry("since_ms", 1000L));
    assertThat(m.apply(source)).isEqualTo(target);
    assertThat(back.reverse()).isSameAs(m);
  }

  @Test
  void nonInvertibleReverseFailsNamingEveryCulprit() {
    FieldMapping m =
        FieldMapping.builder()
            .map("First", "name", Transforms.firstName())
            .map("City", "address.city")
            .map("Full", List.of("a", "b"), Transforms.concat(" "))
            .map("Email", "email", Transforms.trim())
            .build();
    assertThat(m.isReversible()).isFalse();
    assertThatThrownBy(m::reverse)
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("'First': transform first_name is not invertible")
        .hasMessageContaining("'City': source path 'address.city' is not a plain field name")
        .hasMessageContaining("'Full': it combines several sources")
        .hasMessageNotContaining("'Email'");
  }

  @Test
  void explicitReverseIsUsedWhenGiven() {
    FieldMapping back =
        FieldMapping.builder()
            .map("name", List.of("First", "Last"), Transforms.concat(" "))
            .build();
    FieldMapping m =
        FieldMapping.builder()
            .map("First", "name", Transforms.firstName())
            .map("Last", "name", Transforms.lastName())
            .reverse(back)
            .build();
    assertThat(m.reverse()).isSameAs(back);
    assertThat(m.toBuilder().build().reverse()).isSameAs(back);
  }
}
