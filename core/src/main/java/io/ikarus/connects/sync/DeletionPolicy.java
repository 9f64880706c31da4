package io.ikarus.connects.sync;

import java.util.Objects;

/**
 * What a {@link SyncJob} does to the other side's record when a linked record is deleted. Whatever
 * the policy, the link is then forgotten. A deletion wins over an edit made on the other side in
 * the same interval.
 */
public final class DeletionPolicy {

  private final boolean propagate;
  private final String sourceFlag;
  private final String targetFlag;

  private DeletionPolicy(boolean propagate, String sourceFlag, String targetFlag) {
    this.propagate = propagate;
    this.sourceFlag = sourceFlag;
    this.targetFlag = targetFlag;
  }

  /** Delete the other side's record too (the default). */
  public static DeletionPolicy propagate() {
    return new DeletionPolicy(true, null, null);
  }

  /** Leave the other side's record alone. */
  public static DeletionPolicy ignore() {
    return new DeletionPolicy(false, null, null);
  }

  /**
   * Keep the other side's record but set a boolean flag field to {@code true}: {@code targetFlag}
   * on the target when a source record is deleted, {@code sourceFlag} on the source when a target
   * record is deleted. Either may be null to leave that side alone.
   */
  public static DeletionPolicy archive(String sourceFlag, String targetFlag) {
    if (sourceFlag == null && targetFlag == null) {
      throw new IllegalArgumentException("archive needs at least one flag field");
    }
    return new DeletionPolicy(false, sourceFlag, targetFlag);
  }

  /** True when deletions are propagated. */
  public boolean propagates() {
    return propagate;
  }

  /** The flag field to set on {@code side} when the other side's record is deleted, or null. */
  public String archiveFlag(SyncSide side) {
    return side == SyncSide.SOURCE ? sourceFlag : targetFlag;
  }

  @Override
  public String toString() {
    if (propagate) {
      return "propagate";
    }
    return sourceFlag == null && targetFlag == null
        ? "ignore"
        : "archive("
            + Objects.toString(sourceFlag, "-")
            + ", "
            + Objects.toString(targetFlag, "-")
            + ")";
  }
}
