package io.ikarus.connects.internal.sync;

import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.mapping.FieldMapping;
import io.ikarus.connects.sync.ConflictStrategy;
import io.ikarus.connects.sync.DeletionPolicy;
import io.ikarus.connects.sync.SyncDirection;
import io.ikarus.connects.sync.SyncListener;
import io.ikarus.connects.sync.SyncSide;
import io.ikarus.connects.sync.SyncStateStore;

/**
 * Everything a run needs to know about its job.
 *
 * @param reverse the reverse mapping, or null for a push whose mapping has none
 * @param matchSource the source field matched on, or null
 * @param matchTarget the target field matched on, or null
 * @param window about how many changes of one side a run holds at once
 */
public record SyncSettings(
    String job,
    CrmConnector sourceConnector,
    String sourceObject,
    CrmConnector targetConnector,
    String targetObject,
    FieldMapping mapping,
    FieldMapping reverse,
    SyncDirection direction,
    ConflictStrategy strategy,
    String matchSource,
    String matchTarget,
    DeletionPolicy deletion,
    SyncStateStore store,
    boolean dryRun,
    SyncListener listener,
    int window) {

  /** The connector of {@code side}. */
  public CrmConnector connector(SyncSide side) {
    return side == SyncSide.SOURCE ? sourceConnector : targetConnector;
  }

  /** The object type of {@code side}. */
  public String object(SyncSide side) {
    return side == SyncSide.SOURCE ? sourceObject : targetObject;
  }

  /** True when the job may write to {@code side}. */
  public boolean writes(SyncSide side) {
    return direction == SyncDirection.BIDIRECTIONAL
        || (side == SyncSide.TARGET) == (direction == SyncDirection.PUSH);
  }
}
