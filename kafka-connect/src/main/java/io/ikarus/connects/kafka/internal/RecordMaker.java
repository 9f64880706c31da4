package io.ikarus.connects.kafka.internal;

import io.ikarus.connects.Changes;
import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.CrmRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Turns one page of changes into source records: keyed by the CRM id (a string, so topics can be
 * compacted), upserts first, then deletions as tombstones (null value, no schema), each with the
 * headers {@code ikc.op} ({@code upsert} or {@code delete}), {@code ikc.account}, {@code
 * ikc.object} and, when known, {@code ikc.updated_at}. Only the page's last record carries the
 * page-end checkpoint; the others carry the checkpoint the page was read from, so a restart
 * mid-page reads the page again rather than skip its rest.
 */
public final class RecordMaker {

  /** Header naming the operation. */
  public static final String OP = "ikc.op";

  /** Header holding the record's modification time (ISO-8601). */
  public static final String UPDATED_AT = "ikc.updated_at";

  /** The heartbeat value schema. */
  public static final Schema HEARTBEAT =
      SchemaBuilder.struct()
          .name("io.ikarus.connects.kafka.Heartbeat")
          .field("account", Schema.STRING_SCHEMA)
          .field("object", Schema.STRING_SCHEMA)
          .field("ts_ms", Schema.INT64_SCHEMA)
          .build();

  private final SourceSettings settings;

  /** A maker for a connector with {@code settings}. */
  public RecordMaker(SourceSettings settings) {
    this.settings = settings;
  }

  /**
   * The records of one page of {@code stream}.
   *
   * @param before the checkpoint the page was read from
   * @param mapper the Struct mapper, or null for schemaless maps
   */
  public List<SourceRecord> records(
      Stream stream, Changes changes, Checkpoint before, StructMapper mapper) {
    List<SourceRecord> out = new ArrayList<>();
    int total = changes.upserts().size() + changes.deletedIds().size();
    for (CrmRecord r : changes.upserts()) {
      Checkpoint at = out.size() == total - 1 ? changes.checkpoint() : before;
      Object value = mapper == null ? PlainValues.of(r.fields()) : mapper.toStruct(r);
      Schema schema = mapper == null ? null : mapper.schema();
      out.add(record(stream, at, r.id(), schema, value, "upsert", r.modifiedAt()));
    }
    for (String id : changes.deletedIds()) {
      Checkpoint at = out.size() == total - 1 ? changes.checkpoint() : before;
      out.add(record(stream, at, id, null, null, "delete", null));
    }
    return out;
  }

  /** A heartbeat of {@code stream} carrying its offset {@code at}, stamped {@code now}. */
  public SourceRecord heartbeat(Stream stream, Checkpoint at, Instant now) {
    Struct value =
        new Struct(HEARTBEAT)
            .put("account", stream.account())
            .put("object", stream.object())
            .put("ts_ms", now.toEpochMilli());
    return new SourceRecord(
        stream.partition(),
        Stream.offset(at),
        settings.heartbeatTopic(),
        null,
        Schema.STRING_SCHEMA,
        stream.toString(),
        HEARTBEAT,
        value,
        now.toEpochMilli());
  }

  private SourceRecord record(
      Stream stream,
      Checkpoint at,
      String id,
      Schema schema,
      Object value,
      String op,
      Instant updatedAt) {
    ConnectHeaders headers = new ConnectHeaders();
    headers.addString(OP, op);
    headers.addString("ikc.account", stream.account());
    headers.addString("ikc.object", stream.object());
    if (updatedAt != null) {
      headers.addString(UPDATED_AT, updatedAt.toString());
    }
    Map<String, ?> partition = stream.partition();
    return new SourceRecord(
        partition,
        Stream.offset(at),
        settings.topic(stream.account(), stream.object()),
        null,
        Schema.STRING_SCHEMA,
        id,
        schema,
        value,
        updatedAt == null ? null : updatedAt.toEpochMilli(),
        headers);
  }
}
