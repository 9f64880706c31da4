package io.ikarus.connects.dynamics.internal;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.spi.Json;
import io.ikarus.connects.spi.Urls;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code $batch} requests of each batch method, and how their answers become results. */
public final class WriteOps {

  private WriteOps() {}

  /** {@code POST set} per record. */
  public static List<BatchOp> creates(URI root, String set, List<Map<String, Object>> records) {
    List<BatchOp> ops = new ArrayList<>();
    String url = root + "/" + ODataLiterals.name(set, "createAll");
    for (int i = 0; i < records.size(); i++) {
      ops.add(new BatchOp(i, "POST", url, Map.of(), Json.write(records.get(i)), null));
    }
    return ops;
  }

  /** {@code PATCH set(id)} with {@code If-Match: *} (never an accidental create) per record. */
  public static List<BatchOp> updates(URI root, String set, List<CrmRecord> records) {
    return updates(root, set, records, false);
  }

  /**
   * {@code PATCH set(id)} per record with {@code If-Match: <etag>} when {@code conditional} and the
   * record has a version (a row changed since gives 412), else {@code If-Match: *}.
   */
  public static List<BatchOp> updates(
      URI root, String set, List<CrmRecord> records, boolean conditional) {
    List<BatchOp> ops = new ArrayList<>();
    ODataLiterals.name(set, "updateAll");
    for (int i = 0; i < records.size(); i++) {
      CrmRecord r = records.get(i);
      ops.add(
          new BatchOp(
              i,
              "PATCH",
              row(root, set, r.id()),
              Map.of("If-Match", conditional && r.version() != null ? r.version() : "*"),
              Json.write(r.fields()),
              r.id()));
    }
    return ops;
  }

  /** {@code PATCH set(key='v')?$select=<id>} with the row returned, per record. */
  public static List<BatchOp> upserts(
      URI root, String set, String keyField, List<Map<String, Object>> records) {
    List<BatchOp> ops = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      Map<String, Object> body = new LinkedHashMap<>(records.get(i));
      Object key = body.remove(keyField);
      String url = root + "/" + Paths.alternateKey(set, keyField, key, "upsertAll");
      ops.add(
          new BatchOp(
              i, "PATCH", url, Map.of("Prefer", "return=representation"), Json.write(body), null));
    }
    return ops;
  }

  /** {@code DELETE set(id)} per id. */
  public static List<BatchOp> deletes(URI root, String set, List<String> ids) {
    List<BatchOp> ops = new ArrayList<>();
    ODataLiterals.name(set, "deleteAll");
    for (int i = 0; i < ids.size(); i++) {
      ops.add(new BatchOp(i, "DELETE", row(root, set, ids.get(i)), Map.of(), null, ids.get(i)));
    }
    return ops;
  }

  /** A create's result: the id in its {@code OData-EntityId} header. */
  public static RecordResult created(BatchOutcome o) {
    return RecordResult.success(
        o.op().index(), RecordMapper.idFromEntityUrl(o.header("OData-EntityId")));
  }

  /** An update's or delete's result: the id the caller gave. */
  public static RecordResult byInput(BatchOutcome o) {
    return RecordResult.success(o.op().index(), o.op().inputId());
  }

  /** An upsert's result: 201 created or 200 updated, the id from the returned row. */
  public static RecordResult upserted(EntityInfo info, BatchOutcome o) {
    Object id = o.body().isBlank() ? null : Json.parseObject(o.body()).get(info.primaryId());
    String value =
        id != null ? id.toString() : RecordMapper.idFromEntityUrl(o.header("OData-EntityId"));
    return RecordResult.upserted(o.op().index(), value, o.status() == 201);
  }

  // An id is put into the URL as one encoded segment, so a malformed one cannot change the
  // request: the service rejects it, and only that record fails.
  private static String row(URI root, String set, String id) {
    return root + "/" + set + "(" + Urls.segment(id) + ")";
  }
}
