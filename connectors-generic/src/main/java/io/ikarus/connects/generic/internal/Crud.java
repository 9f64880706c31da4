package io.ikarus.connects.generic.internal;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.error.NotFoundException;
import io.ikarus.connects.error.ServerException;
import io.ikarus.connects.generic.internal.config.Specs.ObjectSpec;
import io.ikarus.connects.generic.internal.config.Specs.Request;
import io.ikarus.connects.spi.ApiResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Single-record operations from the object's request templates. Thread-safe. */
public final class Crud {

  private final Runtime rt;

  /** Operations over {@code rt}. */
  public Crud(Runtime rt) {
    this.rt = rt;
  }

  /** Reads one record; NotFoundException when the response holds none. */
  public CompletableFuture<CrmRecord> get(String object, String id) {
    ObjectSpec spec = rt.object(object);
    Request r = rt.op(spec, "get");
    return rt.send(rt.call(r, rt.vars(object).with("id", id), "get"))
        .thenApply(
            resp -> {
              CrmRecord rec = record(spec, r, resp, null);
              if (rec == null) {
                throw new NotFoundException(
                    object + " " + id + " was not found", resp.errorContext());
              }
              return rec;
            });
  }

  /** Creates one record. */
  public CompletableFuture<CrmRecord> create(String object, Map<String, Object> fields) {
    return write(object, "create", writeVars(object, fields), fields, null);
  }

  /** Updates one record. */
  public CompletableFuture<CrmRecord> update(String object, String id, Map<String, Object> fields) {
    return write(object, "update", writeVars(object, fields).with("id", id), fields, id);
  }

  /** Deletes one record. */
  public CompletableFuture<Void> delete(String object, String id) {
    Request r = rt.op(rt.object(object), "delete");
    return rt.send(rt.call(r, rt.vars(object).with("id", id), "delete")).thenApply(x -> null);
  }

  /** True when the object has a native upsert template. */
  public boolean hasUpsert(String object) {
    return rt.object(object).ops().containsKey("upsert");
  }

  /** Upserts through the native template. */
  public CompletableFuture<CrmRecord> upsert(
      String object, String keyField, Map<String, Object> fields) {
    Records records = rt.records(object);
    Vars v =
        writeVars(object, fields)
            .with("key", records.vendorName(keyField))
            .with("keyValue", fields.get(keyField))
            .with("fieldsExceptKey", records.toVendor(without(fields, keyField)));
    return write(object, "upsert", v, fields, null);
  }

  private static Map<String, Object> without(Map<String, Object> fields, String key) {
    Map<String, Object> out = new java.util.LinkedHashMap<>(fields);
    out.remove(key);
    return out;
  }

  private Vars writeVars(String object, Map<String, Object> fields) {
    return rt.vars(object).with("fields", rt.records(object).toVendor(fields));
  }

  private CompletableFuture<CrmRecord> write(
      String object, String op, Vars vars, Map<String, Object> fields, String knownId) {
    ObjectSpec spec = rt.object(object);
    Request r = rt.op(spec, op);
    Call call = rt.call(r, vars, op);
    return rt.send(call)
        .thenApply(
            resp -> {
              CrmRecord rec = record(spec, r, resp, fields);
              if (rec != null) {
                return rec;
              }
              if (knownId != null) {
                return CrmRecord.of(object, knownId, fields);
              }
              throw new ServerException(
                  "the " + op + " response carries no id", resp.errorContext());
            });
  }

  private CrmRecord record(
      ObjectSpec spec, Request r, ApiResponse resp, Map<String, Object> fields) {
    Object body = Runtime.body(resp);
    if (body == null) {
      return null;
    }
    if (r.id() != null) {
      Object id = r.id().first(body);
      if (id != null && fields != null) {
        return CrmRecord.of(spec.name(), Records.idText(id), fields);
      }
    }
    Object json = r.record() == null ? body : r.record().first(body);
    return json == null ? null : new Records(spec).toRecord(json);
  }
}
