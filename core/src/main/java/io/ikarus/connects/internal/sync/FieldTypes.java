package io.ikarus.connects.internal.sync;

import io.ikarus.connects.FieldSchema;
import io.ikarus.connects.FieldType;
import io.ikarus.connects.ObjectSchema;
import io.ikarus.connects.error.NotFoundException;
import io.ikarus.connects.internal.connector.Futures;
import io.ikarus.connects.sync.SyncSide;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The field types of both sides of a run, read once from each connector's {@code describe()} when
 * first needed, with the mapping's declared types for mapped (target) fields on top. A side whose
 * connector has no schema for the object is untyped: its values compare as they are.
 */
final class FieldTypes {

  private final SyncSettings settings;
  private final Map<SyncSide, Map<String, FieldType>> bySide = new EnumMap<>(SyncSide.class);

  FieldTypes(SyncSettings settings) {
    this.settings = settings;
  }

  /**
   * The values of {@code fields} of {@code side} read as their types (unknown ones as they are).
   */
  Map<String, Object> typed(SyncSide side, Map<String, Object> fields) {
    return convert(side, fields, false);
  }

  /** The values of {@code fields} in the Java types {@code side}'s connector writes. */
  Map<String, Object> forWrite(SyncSide side, Map<String, Object> fields) {
    return convert(side, fields, true);
  }

  private Map<String, Object> convert(SyncSide side, Map<String, Object> fields, boolean write) {
    Map<String, FieldType> types = types(side);
    if (types.isEmpty() || fields == null) {
      return fields;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    fields.forEach(
        (k, v) -> {
          FieldType t = types.get(k);
          out.put(k, t == null ? v : write ? TypedValue.forWrite(v, t) : TypedValue.of(v, t));
        });
    return out;
  }

  private synchronized Map<String, FieldType> types(SyncSide side) {
    return bySide.computeIfAbsent(side, this::load);
  }

  private Map<String, FieldType> load(SyncSide side) {
    Map<String, FieldType> types = new HashMap<>();
    try {
      ObjectSchema schema = Futures.await(settings.connector(side).describe(settings.object(side)));
      for (FieldSchema f : schema.fields()) {
        types.put(f.name(), f.type());
      }
    } catch (NotFoundException | UnsupportedOperationException e) {
      // No schema: the side's values are compared as they are, unless the mapping declares types.
    }
    if (side == SyncSide.TARGET) {
      types.putAll(settings.mapping().fieldTypes());
    }
    return types;
  }
}
