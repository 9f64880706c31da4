package io.ikarus.connects.sync;

import io.ikarus.connects.internal.sync.FieldMerge;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** The ready-made {@link ConflictStrategy}s. */
public final class ConflictStrategies {

  private ConflictStrategies() {}

  /** The source's values win. */
  public static ConflictStrategy sourceWins() {
    return c -> ConflictResolution.use(c.sourceValues());
  }

  /** The target's values win. */
  public static ConflictStrategy targetWins() {
    return c -> ConflictResolution.use(c.targetValues());
  }

  /**
   * The side modified last wins; when the modification times are within {@code skewTolerance} of
   * each other (clocks of two systems never agree exactly) or one is unknown, the source wins.
   */
  public static ConflictStrategy newestWins(Duration skewTolerance) {
    return newestWins(skewTolerance, sourceWins());
  }

  /** As {@link #newestWins(Duration)}, with {@code tieBreaker} deciding ties. */
  public static ConflictStrategy newestWins(Duration skewTolerance, ConflictStrategy tieBreaker) {
    Objects.requireNonNull(skewTolerance, "skewTolerance");
    Objects.requireNonNull(tieBreaker, "tieBreaker");
    return c -> {
      Instant s = c.source().modifiedAt();
      Instant t = c.target().modifiedAt();
      if (s == null || t == null || Duration.between(s, t).abs().compareTo(skewTolerance) <= 0) {
        return tieBreaker.resolve(c);
      }
      return ConflictResolution.use(s.isAfter(t) ? c.sourceValues() : c.targetValues());
    };
  }

  /**
   * Three-way merge against the last synced values: a field changed on one side only takes that
   * side's value; fields changed on both sides to different values are decided by the source
   * winning.
   */
  public static ConflictStrategy fieldMerge() {
    return fieldMerge(sourceWins());
  }

  /**
   * Three-way merge, with {@code tieBreaker} deciding the fields changed on both sides (it sees a
   * conflict narrowed to those fields; when it answers manual, the whole record is left manual).
   */
  public static ConflictStrategy fieldMerge(ConflictStrategy tieBreaker) {
    return new FieldMerge(Objects.requireNonNull(tieBreaker, "tieBreaker"));
  }

  /** Writes nothing and reports the conflict until someone makes the sides agree. */
  public static ConflictStrategy manual() {
    return c -> ConflictResolution.manual("manual resolution required for fields " + c.fields());
  }
}
