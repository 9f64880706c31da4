package io.ikarus.connects.internal.sync;

import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.sync.SyncSide;
import java.util.Map;

/** One record write planned for a run, and its result once made. */
final class Write {

  enum Kind {
    CREATE,
    UPDATE,
    DELETE
  }

  final Entity entity;
  final SyncSide side;
  final Kind kind;
  final String id;
  final Map<String, Object> fields;
  String newId;
  CrmException error;

  Write(Entity entity, SyncSide side, Kind kind, String id, Map<String, Object> fields) {
    this.entity = entity;
    this.side = side;
    this.kind = kind;
    this.id = id;
    this.fields = fields;
  }

  boolean failed() {
    return error != null;
  }

  /** The operation's name in reports. */
  String operation() {
    return kind.name().toLowerCase(java.util.Locale.ROOT);
  }
}
