package io.ikarus.connects.internal.sync;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.sync.SyncLink;
import io.ikarus.connects.sync.SyncSide;
import java.util.EnumMap;
import java.util.Map;

/**
 * One real-world entity in a run: its link (if any), and on each side the record as read, whether
 * it was deleted, and its mapped values in target field names. A side neither read nor deleted is
 * unchanged since the link was saved.
 */
final class Entity {

  /** What is known about one side. */
  static final class Side {
    String id;
    CrmRecord record;
    boolean deleted;
    Map<String, Object> values;
    String intentHash;

    boolean present() {
      return record != null;
    }

    boolean seen() {
      return record != null || deleted;
    }
  }

  SyncLink link;
  private final Map<SyncSide, Side> sides = new EnumMap<>(SyncSide.class);

  Entity(SyncLink link) {
    this.link = link;
    sides.put(SyncSide.SOURCE, new Side());
    sides.put(SyncSide.TARGET, new Side());
  }

  Side side(SyncSide side) {
    return sides.get(side);
  }

  /** The id on {@code side}: the record's, else the link's; null when neither exists yet. */
  String id(SyncSide side) {
    Side s = sides.get(side);
    if (s.id != null) {
      return s.id;
    }
    return link == null ? null : link.id(side);
  }

  /** Some id of this entity, for messages: the source's if known. */
  String anyId() {
    String id = id(SyncSide.SOURCE);
    return id != null ? id : id(SyncSide.TARGET);
  }
}
