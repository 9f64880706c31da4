package io.ikarus.connects.kafka.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.FieldSchema;
import io.ikarus.connects.FieldType;
import io.ikarus.connects.ObjectSchema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;
import org.junit.jupiter.api.Test;

class StructMapperTest {

  private final StructMapper mapper =
      StructMapper.of(
          "io.ikarus.connects.salesforce.acme-1.Opportunity",
          new ObjectSchema(
              "Opportunity",
              null,
              "Id",
              List.of(
                  FieldSchema.of("Id", FieldType.ID),
                  FieldSchema.of("Count__c", FieldType.INTEGER),
                  FieldSchema.of("Amount", FieldType.CURRENCY),
                  FieldSchema.of("IsWon", FieldType.BOOLEAN),
                  FieldSchema.of("CloseDate", FieldType.DATE),
                  FieldSchema.of("SystemModstamp", FieldType.DATETIME))));

  @Test
  void typesFollowTheDescriptionWhateverTheVendorSent() {
    Map<String, Object> fields = new HashMap<>();
    fields.put("Id", "006A");
    fields.put("Count__c", "42");
    fields.put("Amount", new BigDecimal("1234567890123.45"));
    fields.put("IsWon", "true");
    fields.put("CloseDate", "2026-03-01");
    fields.put("SystemModstamp", "2026-03-01T10:15:30.000+0000");
    fields.put("Stage__c", "Won");

    Struct s = mapper.toStruct(CrmRecord.of("Opportunity", "006A", fields));

    assertThat(s.schema().name()).isEqualTo("io.ikarus.connects.salesforce.acme_1.Opportunity");
    assertThat(s.getInt64("Count__c")).isEqualTo(42L);
    assertThat(s.getString("Amount")).isEqualTo("1234567890123.45");
    assertThat(s.getBoolean("IsWon")).isTrue();
    assertThat(s.schema().field("SystemModstamp").schema().name())
        .isEqualTo(Timestamp.LOGICAL_NAME);
    assertThat(((java.util.Date) s.get("SystemModstamp")).toInstant())
        .isEqualTo(Instant.parse("2026-03-01T10:15:30Z"));
    assertThat(((java.util.Date) s.get("CloseDate")).toInstant())
        .isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
    assertThat(s.getMap(StructMapper.OTHER)).isEqualTo(Map.of("Stage__c", "Won"));
    s.validate();
  }

  @Test
  void aValueThatDoesNotFitItsTypeIsKeptAsText() {
    Map<String, Object> fields = new HashMap<>();
    fields.put("Count__c", "many");
    fields.put("IsWon", null);

    Struct s = mapper.toStruct(CrmRecord.of("Opportunity", "006B", fields));

    assertThat(s.get("Count__c")).isNull();
    assertThat(s.get("IsWon")).isNull();
    assertThat(s.getMap(StructMapper.OTHER)).isEqualTo(Map.of("Count__c", "many"));
    assertThat(s.schema().field("Count__c").schema()).isEqualTo(Schema.OPTIONAL_INT64_SCHEMA);
  }
}
