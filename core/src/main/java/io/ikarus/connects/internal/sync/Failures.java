package io.ikarus.connects.internal.sync;

import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.FieldError;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.sync.PendingRecord;
import io.ikarus.connects.sync.SyncFailure;
import io.ikarus.connects.sync.SyncListener;
import io.ikarus.connects.sync.SyncSide;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The failures of a run, and the records to retry next time because of them. */
final class Failures {

  private final SyncListener listener;
  final List<SyncFailure> list = new ArrayList<>();
  final Map<String, PendingRecord> retries = new LinkedHashMap<>();

  Failures(SyncListener listener) {
    this.listener = listener;
  }

  /** Records that {@code side}'s record {@code id} failed in {@code operation}. */
  void add(SyncSide side, String id, String operation, CrmException error) {
    if (error instanceof ValidationException v && !v.fieldErrors().isEmpty()) {
      for (FieldError f : v.fieldErrors()) {
        report(new SyncFailure(side, id, operation, f.field(), f.message()));
      }
    } else {
      report(new SyncFailure(side, id, operation, null, error.getMessage()));
    }
    retry(side, id);
  }

  /**
   * Records that the write to {@code side}'s record {@code id} was deferred (the record changed
   * there during the run): not a failure; both records are read and decided again next run.
   */
  void defer(SyncSide side, String id, String otherId) {
    listener.onDeferred(side, id);
    retry(side, id);
    retry(side.other(), otherId);
  }

  /** Marks a record to be looked at again next run. */
  void retry(SyncSide side, String id) {
    if (id != null) {
      retries.putIfAbsent(side + "/" + id, PendingRecord.retry(side, id));
    }
  }

  private void report(SyncFailure failure) {
    list.add(failure);
    listener.onFailure(failure);
  }
}
