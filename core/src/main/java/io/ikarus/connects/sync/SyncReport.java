package io.ikarus.connects.sync;

import java.util.List;
import java.util.Objects;

/**
 * What one run of a {@link SyncJob} did (or, for a dry run, would do).
 *
 * @param job the job's name
 * @param dryRun true when nothing was written
 * @param source the writes made to the source side
 * @param target the writes made to the target side
 * @param unchanged linked pairs looked at that needed no write
 * @param conflicts conflicts met (resolved or not)
 * @param unresolved the conflicts left for a person
 * @param failures the records that failed, each with the field and reason
 * @param deferred writes not made because the record changed on its side during the run (a
 *     conditional update refused); not failures: the record is read and decided again next run
 * @param outcomeUnknown creates sent whose answer was lost, so the vendor may have applied them;
 *     not failures: their create intents are kept, and the next run links a record the vendor did
 *     create (found by its intent) or creates it if the vendor did not
 */
public record SyncReport(
    String job,
    boolean dryRun,
    Counts source,
    Counts target,
    int unchanged,
    int conflicts,
    List<Conflict> unresolved,
    List<SyncFailure> failures,
    int deferred,
    int outcomeUnknown) {

  /**
   * Writes made to one side.
   *
   * @param created records created
   * @param updated records updated (archive flags included)
   * @param deleted records deleted
   */
  public record Counts(int created, int updated, int deleted) {
    /** True when nothing was written. */
    public boolean isEmpty() {
      return created == 0 && updated == 0 && deleted == 0;
    }
  }

  /** Validates and copies. */
  public SyncReport {
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    unresolved = List.copyOf(unresolved);
    failures = List.copyOf(failures);
  }

  /** Records created on both sides. */
  public int created() {
    return source.created() + target.created();
  }

  /** Records updated on both sides. */
  public int updated() {
    return source.updated() + target.updated();
  }

  /** Records deleted on both sides. */
  public int deleted() {
    return source.deleted() + target.deleted();
  }

  /** The number of distinct records that failed. */
  public int failed() {
    return (int) failures.stream().map(f -> f.side() + "/" + f.recordId()).distinct().count();
  }

  /**
   * True when the run wrote nothing and nothing failed, was deferred, awaits a decision or has an
   * unknown outcome.
   */
  public boolean isQuiet() {
    return source.isEmpty()
        && target.isEmpty()
        && failures.isEmpty()
        && unresolved.isEmpty()
        && deferred == 0
        && outcomeUnknown == 0;
  }
}
