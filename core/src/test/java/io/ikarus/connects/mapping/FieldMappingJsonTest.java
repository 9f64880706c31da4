package io.ikarus.connects.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.FieldType;
import io.ikarus.connects.error.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldMappingJsonTest {

  @Test
  void parsesTheSeedConfigForms() {
    FieldMapping m =
        FieldMapping.fromJson(
            """
            {"Email": {"from": "field_data.email", "transform": ["trim", "lower"], "required": true},
             "Phone": {"from": "field_data.phone_number",
                       "transform": {"name": "phone_e164", "country": "IN"}},
             "LastName": {"from": "field_data.full_name", "transform": "last_name",
                          "default": "Unknown"},
             "Amount": {"from": "amount", "transform": "number"},
             "Status": {"from": "status",
                        "transform": {"name": "value_map", "map": {"new": "Open"}, "fallback": "Other"}},
             "Created": {"from": "created_time",
                         "transform": {"name": "datetime", "from": "yyyy-MM-dd'T'HH:mm:ssZ", "to": "iso"}},
             "LeadSource": {"constant": "Meta"},
             "AdId": "ad_id"}
            """);
    Map<String, Object> out =
        m.apply(
            Map.of(
                "field_data",
                List.of(
                    Map.of("name", "email", "values", List.of(" Ada@X.COM ")),
                    Map.of("name", "phone_number", "values", List.of("098765 43210"))),
                "amount",
                "1234.50",
                "status",
                "weird",
                "created_time",
                "2025-01-31T09:30:00+0000",
                "ad_id",
                "ad-7"));
    assertThat(out)
        .containsEntry("Email", "ada@x.com")
        .containsEntry("Phone", "+919876543210")
        .containsEntry("LastName", "Unknown")
        .containsEntry("Amount", new BigDecimal("1234.50"))
        .containsEntry("Status", "Other")
        .containsEntry("Created", "2025-01-31T09:30:00Z")
        .containsEntry("LeadSource", "Meta")
        .containsEntry("AdId", "ad-7");
  }

  @Test
  void decimalsInJsonStayExact() {
    FieldMapping m = FieldMapping.fromJson("{\"Amount\": {\"from\": \"a\", \"default\": 0.1}}");
    assertThat(m.apply(Map.of())).containsEntry("Amount", new BigDecimal("0.1"));
  }

  @Test
  void requiredAndUnmappedPolicyFromJson() {
    FieldMapping m =
        FieldMapping.fromJson(
            "{\"Email\": {\"from\": \"email\", \"required\": true}, \"$unmapped\": \"reject\"}");
    assertThatThrownBy(() -> m.apply(Map.of("other", 1)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.fields()).containsExactly("Email", "other"));
  }

  @Test
  void customTransformsByName() {
    Transform shout = Transforms.custom("shout", v -> v + "!");
    FieldMapping m =
        FieldMapping.fromJson(
            "{\"T\": {\"from\": \"s\", \"transform\": \"shout\"}}", Map.of("shout", shout));
    assertThat(m.apply(Map.of("s", "hi"))).containsEntry("T", "hi!");
  }

  @Test
  void definitionErrorsNameTheField() {
    assertError(
        "{\"T\": {\"from\": \"s\", \"transform\": \"nope\"}}",
        "field 'T': unknown transform 'nope'");
    assertError(
        "{\"T\": {\"from\": \"s\", \"transform\": {\"name\": \"phone_e164\"}}}",
        "field 'T': transform phone_e164 needs \"country\"");
    assertError(
        "{\"T\": {\"from\": \"s\", \"transform\": {\"name\": \"trim\", \"contry\": \"IN\"}}}",
        "unknown arguments [contry]");
    assertError("{\"T\": {\"form\": \"s\"}}", "field 'T': unknown key \"form\"");
    assertError("{\"T\": 5}", "field 'T': must be a source path");
    assertError("{\"T\": {\"from\": [\"a\", \"b\"]}}", "list of paths with a transform");
    assertError(
        "{\"T\": {\"from\": \"s\", \"transform\": {\"name\": \"phone_e164\", \"country\": \"ZZ\"}}}",
        "field 'T': unknown phone country 'ZZ'");
    assertError(
        "{\"T\": {\"from\": \"s\", \"transform\": {\"name\": \"datetime\", \"from\": \"iso\","
            + " \"to\": \"iso\", \"zone\": \"Mars/Base\"}}}",
        "unknown time zone 'Mars/Base'");
    assertError("{\"T\": ", "mapping JSON is malformed");
    assertError("{\"$unmapped\": \"keep\"}", "must be drop, pass_through or reject");
  }

  @Test
  void declaredTypesFromJson() {
    FieldMapping m =
        FieldMapping.fromJson(
            """
            {"employees": {"from": "NumberOfEmployees", "type": "number"},
             "revenue": {"from": "AnnualRevenue", "type": "Currency"},
             "headcount": {"from": "Staff", "type": "integer"},
             "active": {"from": "Active__c", "type": "boolean"},
             "founded": {"from": "Founded__c", "type": "date"},
             "contacted": {"from": "LastContact__c", "type": "datetime"},
             "stage": {"from": "Type", "type": "picklist"},
             "tags": {"from": "Tags", "type": "multi_picklist"},
             "note": {"from": "Description", "type": "text", "default": "-"},
             "region": {"constant": "EU", "type": "string"},
             "plain": "Plain"}
            """);
    assertThat(m.fieldTypes())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "employees", FieldType.DECIMAL,
                "revenue", FieldType.CURRENCY,
                "headcount", FieldType.INTEGER,
                "active", FieldType.BOOLEAN,
                "founded", FieldType.DATE,
                "contacted", FieldType.DATETIME,
                "stage", FieldType.PICKLIST,
                "tags", FieldType.MULTI_PICKLIST,
                "note", FieldType.STRING,
                "region", FieldType.STRING));
    assertThat(m.apply(Map.of("NumberOfEmployees", "42"))).containsEntry("employees", "42");
    assertThat(m.toBuilder().build().fieldTypes()).isEqualTo(m.fieldTypes());
  }

  @Test
  void anUnknownTypeNameIsAnErrorNamingTheField() {
    assertThatThrownBy(
            () -> FieldMapping.fromJson("{\"employees\": {\"from\": \"n\", \"type\": \"numbr\"}}"))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining(
            "field 'employees': unknown type \"numbr\"; use one of [number, text,")
        .hasMessageContaining("datetime")
        .satisfies(e -> assertThat(((MappingException) e).field()).isEqualTo("employees"));
    assertError("{\"T\": {\"from\": \"s\", \"type\": 5}}", "field 'T': unknown type \"5\"");
    assertError("{\"T\": {\"from\": \"s\", \"type\": \"id\"}}", "field 'T': unknown type \"id\"");
  }

  private static void assertError(String json, String message) {
    assertThatThrownBy(() -> FieldMapping.fromJson(json))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining(message);
  }
}
