package io.ikarus.connects.generic.internal;

import io.ikarus.connects.Capabilities;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.FieldSchema;
import io.ikarus.connects.FieldType;
import io.ikarus.connects.ObjectSchema;
import io.ikarus.connects.Query;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.generic.GenericConfigException;
import io.ikarus.connects.generic.internal.config.Specs.Api;
import io.ikarus.connects.generic.internal.config.Specs.BatchOp;
import io.ikarus.connects.generic.internal.config.Specs.ObjectSpec;
import io.ikarus.connects.spi.ConfigKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/** The generic connectors' parts, wired once: CRUD, lists, changes, batches, schemas. */
public final class Services {

  private static final Set<String> TYPES =
      Set.of(Stream.of(FieldType.values()).map(Enum::name).toArray(String[]::new));

  private final Runtime rt;
  private final Crud crud;
  private final Lister lister;
  private final ChangeReader changes;
  private final BatchWriter batches;

  /** Wires the parts over {@code rt}. */
  public Services(Runtime rt) {
    this.rt = rt;
    this.crud = new Crud(rt);
    this.lister = new Lister(rt);
    this.changes = new ChangeReader(rt, lister);
    this.batches = new BatchWriter(rt);
    rt.api().objects().values().forEach(Services::checkSchema);
  }

  /** Single-record operations. */
  public Crud crud() {
    return crud;
  }

  /** Lists and queries. */
  public Lister lister() {
    return lister;
  }

  /** changesSince. */
  public ChangeReader changes() {
    return changes;
  }

  /** What the configuration supports, over all its objects. */
  public static Capabilities capabilities(Api api) {
    int batch = 1;
    int page = Integer.MAX_VALUE;
    boolean upsert = false;
    boolean deletes = false;
    for (ObjectSpec o : api.objects().values()) {
      batch = Math.max(batch, o.batch().maxSize());
      page = Math.min(page, o.maxPageSize());
      upsert |= o.ops().containsKey("upsert") || o.batch().ops().containsKey("upsert");
      deletes |= !o.deletions().type().equals("none");
    }
    return Capabilities.builder()
        .maxBatchSize(batch)
        .maxPageSize(page)
        .nativeUpsert(upsert)
        .trackedDeletes(deletes)
        .build();
  }

  /** The smallest batch concurrency any object allows. */
  public static int concurrency(Api api) {
    return api.objects().values().stream().mapToInt(o -> o.batch().concurrency()).min().orElse(4);
  }

  /** The object's batch endpoint for {@code op}, or null. */
  public BatchOp batchOp(String object, String op) {
    return rt.object(object).batch().ops().get(op);
  }

  /**
   * Writes {@code items} through the batch endpoint in chunks of the object's own max size.
   *
   * @param items per-input template values
   */
  public CompletableFuture<List<RecordResult>> batch(String object, String op, List<Vars> items) {
    ObjectSpec spec = rt.object(object);
    BatchOp batchOp = spec.batch().ops().get(op);
    int max = spec.batch().maxSize();
    CompletableFuture<List<RecordResult>> all =
        CompletableFuture.completedFuture(new ArrayList<>());
    for (int from = 0; from < items.size(); from += max) {
      List<Vars> chunk = items.subList(from, Math.min(items.size(), from + max));
      all =
          all.thenCompose(
              done ->
                  batches
                      .run(spec, op, batchOp, chunk)
                      .thenApply(
                          r -> {
                            done.addAll(r);
                            return done;
                          }));
    }
    return all;
  }

  /** The vendor name of a portable field. */
  public String vendorName(String object, String field) {
    return rt.records(object).vendorName(field);
  }

  /** Template values for a batch input. */
  public Vars item(String object, String id, Map<String, Object> fields) {
    Vars v = Vars.empty().with("id", id);
    return fields == null ? v : v.with("fields", rt.records(object).toVendor(fields));
  }

  /** Finds the record whose {@code keyField} equals {@code value}, or null. */
  public CompletableFuture<CrmRecord> findByKey(String object, String keyField, Object value) {
    Query q = Query.of(object).where(keyField, Query.Op.EQ, value).pageSize(2);
    return lister.first(q).thenApply(p -> p.records().isEmpty() ? null : p.records().get(0));
  }

  /** The configured schema of {@code object}. */
  public ObjectSchema describe(String object) {
    ObjectSpec spec = rt.object(object);
    List<FieldSchema> fields = new ArrayList<>();
    spec.schema()
        .forEach((name, type) -> fields.add(FieldSchema.of(name, FieldType.valueOf(type))));
    String id = spec.id().toString();
    return new ObjectSchema(object, object, id.startsWith("$.") ? id.substring(2) : id, fields);
  }

  private static void checkSchema(ObjectSpec spec) {
    spec.schema()
        .forEach(
            (name, type) -> {
              if (!TYPES.contains(type)) {
                throw new GenericConfigException(
                    "objects." + spec.name() + ".schema." + name,
                    "'" + type + "' is not a field type",
                    ConfigKeys.closest(type.toUpperCase(Locale.ROOT), TYPES));
              }
            });
  }
}
