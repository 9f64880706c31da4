package io.ikarus.connects.kafka;

import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.sink.SinkRecord;

/** Sink records as the source connector writes them: string keys, Struct values. */
final class SinkRecords {

  static final String TOPIC = "crm.acme.Contact";

  static final Schema CONTACT =
      SchemaBuilder.struct()
          .name("Contact")
          .field("Email", Schema.OPTIONAL_STRING_SCHEMA)
          .field("LastName", Schema.OPTIONAL_STRING_SCHEMA)
          .field(
              "_other",
              SchemaBuilder.map(Schema.STRING_SCHEMA, Schema.OPTIONAL_STRING_SCHEMA)
                  .optional()
                  .build())
          .build();

  private SinkRecords() {}

  static SinkRecord upsert(long offset, String key, String email, String lastName) {
    Struct value =
        new Struct(CONTACT)
            .put("Email", email)
            .put("LastName", lastName)
            .put("_other", Map.of("FirstName", "A"));
    return new SinkRecord(TOPIC, 0, Schema.STRING_SCHEMA, key, CONTACT, value, offset);
  }

  static SinkRecord map(long offset, String key, Map<String, Object> value) {
    return new SinkRecord(TOPIC, 0, Schema.STRING_SCHEMA, key, null, value, offset);
  }

  static SinkRecord tombstone(long offset, String key) {
    return new SinkRecord(TOPIC, 0, Schema.STRING_SCHEMA, key, null, null, offset);
  }
}
