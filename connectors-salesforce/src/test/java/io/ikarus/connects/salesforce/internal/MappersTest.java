package io.ikarus.connects.salesforce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.FieldSchema;
import io.ikarus.connects.FieldType;
import io.ikarus.connects.ObjectSchema;
import io.ikarus.connects.salesforce.internal.dto.DescribeResult;
import io.ikarus.connects.spi.Json;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MappersTest {

  @Test
  void describeBecomesSchema() {
    String json =
        "{\"name\":\"Lead\",\"label\":\"Lead\",\"fields\":["
            + "{\"name\":\"Id\",\"type\":\"id\",\"nillable\":false,\"createable\":false,"
            + "\"updateable\":false,\"defaultedOnCreate\":true,\"idLookup\":true},"
            + "{\"name\":\"LastName\",\"label\":\"Last Name\",\"type\":\"string\",\"nillable\":false,"
            + "\"createable\":true,\"updateable\":true,\"defaultedOnCreate\":false},"
            + "{\"name\":\"Status\",\"type\":\"picklist\",\"nillable\":false,\"createable\":true,"
            + "\"updateable\":true,\"defaultedOnCreate\":true,\"picklistValues\":["
            + "{\"value\":\"Open\",\"active\":true},{\"value\":\"Old\",\"active\":false}]},"
            + "{\"name\":\"Ext__c\",\"type\":\"string\",\"nillable\":true,\"createable\":true,"
            + "\"updateable\":true,\"externalId\":true,\"unknownFlag\":1},"
            + "{\"name\":\"Email\",\"type\":\"email\",\"nillable\":true,\"createable\":true,"
            + "\"updateable\":true,\"idLookup\":true},"
            + "{\"name\":\"Geo\",\"type\":\"location\",\"nillable\":true}]}";
    ObjectSchema s = SchemaMapper.toSchema(Json.read(json, DescribeResult.class));

    assertThat(s.name()).isEqualTo("Lead");
    assertThat(s.requiredFields()).extracting(FieldSchema::name).containsExactly("LastName");
    assertThat(s.field("Id").orElseThrow().type()).isEqualTo(FieldType.ID);
    assertThat(s.field("Id").orElseThrow().externalId()).isFalse();
    assertThat(s.field("Status").orElseThrow().picklistValues()).containsExactly("Open");
    assertThat(s.field("Ext__c").orElseThrow().externalId()).isTrue();
    assertThat(s.field("Email").orElseThrow().externalId()).isTrue();
    assertThat(s.field("Email").orElseThrow().type()).isEqualTo(FieldType.EMAIL);
    assertThat(s.field("Geo").orElseThrow().type()).isEqualTo(FieldType.OTHER);
    assertThat(s.field("Geo").orElseThrow().nativeType()).isEqualTo("location");
    assertThat(s.field("LastName").orElseThrow().label()).isEqualTo("Last Name");
  }

  @Test
  void rowsBecomeRecordsWithoutAttributes() {
    Map<String, Object> account = new LinkedHashMap<>();
    account.put("attributes", Map.of("type", "Account"));
    account.put("Name", "Acme");
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("attributes", Map.of("type", "Contact", "url", "/x"));
    row.put("Id", "003A");
    row.put("Email", null);
    row.put("Account", account);
    row.put("SystemModstamp", "2013-05-20T20:49:32.000+0000");

    CrmRecord r = RecordMapper.toRecord("Contact", row);

    assertThat(r.id()).isEqualTo("003A");
    assertThat(r.fields()).doesNotContainKey("attributes").containsEntry("Email", null);
    assertThat(r.fields().get("Account")).isEqualTo(Map.of("Name", "Acme"));
    assertThat(r.modifiedAt()).isEqualTo(Instant.parse("2013-05-20T20:49:32Z"));
  }

  @Test
  void readsBothTimestampForms() {
    assertThat(SalesforceTime.parse("2024-01-01T10:00:00.123Z"))
        .isEqualTo(Instant.parse("2024-01-01T10:00:00.123Z"));
    assertThat(SalesforceTime.parse("2024-01-01T12:00:00+02:00"))
        .isEqualTo(Instant.parse("2024-01-01T10:00:00Z"));
    assertThat(SalesforceTime.format(Instant.parse("2024-01-01T10:00:00.999Z")))
        .isEqualTo("2024-01-01T10:00:00Z");
    assertThat(SalesforceTime.parse("")).isNull();
  }
}
