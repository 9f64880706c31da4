package io.ikarus.connects.internal.sync;

import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.PreconditionFailedException;
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
  /** The version the written side's record was read at, for a conditional update; or null. */
  String version;
  String newId;
  CrmException error;

  Write(Entity entity, SyncSide side, Kind kind, String id, Map<String, Object> fields) {
    this.entity = entity;
    this.side = side;
    this.kind = kind;
    this.id = id;
    this.fields = fields;
  }

  /** True when the write was not made: it failed, or it was {@link #deferred()}. */
  boolean failed() {
    return error != null;
  }

  /** True when a conditional update was refused: the record changed during the run. */
  boolean deferred() {
    return error instanceof PreconditionFailedException;
  }

  /** The operation's name in reports. */
  String operation() {
    return kind.name().toLowerCase(java.util.Locale.ROOT);
  }
}
