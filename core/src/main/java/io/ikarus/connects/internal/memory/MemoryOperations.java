package io.ikarus.connects.internal.memory;

import io.ikarus.connects.Changes;
import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.ObjectSchema;
import io.ikarus.connects.Page;
import io.ikarus.connects.Query;
import io.ikarus.connects.error.ConflictException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.FieldError;
import io.ikarus.connects.error.NotFoundException;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.memory.Call;
import io.ikarus.connects.memory.RecordValidator;
import io.ikarus.connects.spi.QueryEvaluator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The operations of an in-memory connector, each run inside a journaled {@link Call}: vendor-like
 * validation (declared schema, validator, fault hook) in front of the {@link MemoryDatabase}.
 */
public final class MemoryOperations {

  private final String connector;
  private final MemoryDatabase database;
  private final Map<String, ObjectSchema> schemas;
  private final Set<String> objects;
  private final RecordValidator validator;
  private final CallRunner runner;
  private final int maxPageSize;

  /** Creates the operations over {@code database}. */
  public MemoryOperations(
      String connector,
      MemoryDatabase database,
      Map<String, ObjectSchema> schemas,
      Set<String> objects,
      RecordValidator validator,
      CallRunner runner,
      int maxPageSize) {
    this.connector = connector;
    this.database = database;
    this.schemas = Map.copyOf(schemas);
    this.objects = Set.copyOf(objects);
    this.validator = validator;
    this.runner = runner;
    this.maxPageSize = maxPageSize;
  }

  /** Creates a record after validating it. */
  public CrmRecord insert(Call call, Map<String, Object> fields) {
    known(call.object(), call.operation());
    check(call, null, fields, true);
    return database.insert(call.object(), fields);
  }

  /** Returns the record or throws {@link NotFoundException}. */
  public CrmRecord existing(Call call, String id) {
    known(call.object(), call.operation());
    CrmRecord r = database.get(call.object(), Objects.requireNonNull(id, "id"));
    if (r == null) {
      throw notFound(call, id);
    }
    return r;
  }

  /** The records of {@code ids} that exist, by id. */
  public Map<String, CrmRecord> found(Call call, List<String> ids) {
    known(call.object(), call.operation());
    Map<String, CrmRecord> out = new LinkedHashMap<>();
    for (String id : ids) {
      CrmRecord r = database.get(call.object(), Objects.requireNonNull(id, "id"));
      if (r != null) {
        out.put(id, r);
      }
    }
    return out;
  }

  /** Merges fields into an existing record after validating them. */
  public CrmRecord merge(Call call, String id, Map<String, Object> fields) {
    existing(call, id);
    check(call, id, fields, false);
    CrmRecord r = database.merge(call.object(), id, fields);
    if (r == null) {
      throw notFound(call, id);
    }
    return r;
  }

  /** Deletes an existing record. */
  public String remove(Call call, String id) {
    existing(call, id);
    CallRunner.throwIfSet(runner.faults().beforeRecord(call, Map.of("id", id)));
    if (!database.delete(call.object(), id)) {
      throw notFound(call, id);
    }
    return id;
  }

  /** Creates or updates the record keyed by {@code keyField}. */
  public MemoryDatabase.Upserted upsert(Call call, String keyField, Map<String, Object> fields) {
    known(call.object(), call.operation());
    Object key = fields.get(Objects.requireNonNull(keyField, "keyField"));
    if (key == null) {
      FieldError e = new FieldError(keyField, "REQUIRED_FIELD_MISSING", "upsert key has no value");
      throw new ValidationException("upsert key missing", context(call), List.of(e));
    }
    check(call, null, fields, database.findByKey(call.object(), keyField, key).isEmpty());
    try {
      return database.upsert(call.object(), keyField, key, fields);
    } catch (IllegalStateException e) {
      throw new ConflictException(e.getMessage(), context(call));
    }
  }

  /** The first page of a query, evaluated over a snapshot taken now. */
  public Page firstPage(Query query) {
    known(query.object(), "query");
    List<CrmRecord> all =
        QueryEvaluator.arrange(
            query, database.select(query.object(), r -> QueryEvaluator.matches(query, r)));
    int size = Math.min(query.pageSize().orElse(maxPageSize), maxPageSize);
    return page(query.object(), all, 0, size);
  }

  /** The changes after a checkpoint. */
  public Changes changes(Call call, Checkpoint checkpoint) {
    known(call.object(), call.operation());
    try {
      return database.changes(call.object(), checkpoint, maxPageSize);
    } catch (IllegalArgumentException e) {
      throw new ValidationException(e.getMessage(), context(call), List.of());
    }
  }

  /** The declared schema, or {@link NotFoundException}. */
  public ObjectSchema schema(Call call) {
    ObjectSchema schema = schemas.get(call.object());
    if (schema == null) {
      throw new NotFoundException("no schema declared for " + call.object(), context(call));
    }
    return schema;
  }

  private Page page(String object, List<CrmRecord> all, int from, int size) {
    int to = Math.min(all.size(), from + size);
    if (to == all.size()) {
      return Page.last(all.subList(from, to));
    }
    return Page.of(
        all.subList(from, to),
        () -> runner.call("query", object, 0, c -> page(object, all, to, size)));
  }

  private void check(Call call, String id, Map<String, Object> fields, boolean creating) {
    Objects.requireNonNull(fields, "fields");
    CallRunner.throwIfSet(runner.faults().beforeRecord(call, fields));
    List<FieldError> errors = new ArrayList<>();
    ObjectSchema schema = schemas.get(call.object());
    if (schema != null) {
      errors.addAll(SchemaCheck.check(schema, fields, creating));
    }
    errors.addAll(validator.validate(call.object(), id, fields));
    if (!errors.isEmpty()) {
      throw new ValidationException("record refused", context(call), errors);
    }
  }

  /**
   * Fails with a {@link NotFoundException} naming {@code object} when the connector was limited to
   * some objects and this is none of them.
   */
  private void known(String object, String operation) {
    if (!objects.isEmpty() && !objects.contains(object) && !schemas.containsKey(object)) {
      throw new NotFoundException(
          "unknown object '" + object + "'; known: " + new TreeSet<>(objects),
          ErrorContext.of(connector, operation));
    }
  }

  private NotFoundException notFound(Call call, String id) {
    return new NotFoundException("no " + call.object() + " with id " + id, context(call));
  }

  private ErrorContext context(Call call) {
    return ErrorContext.of(connector, call.operation());
  }
}
