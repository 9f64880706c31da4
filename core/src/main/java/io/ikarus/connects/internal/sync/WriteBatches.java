package io.ikarus.connects.internal.sync;

import io.ikarus.connects.BatchResult;
import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.NotFoundException;
import io.ikarus.connects.internal.connector.Futures;
import io.ikarus.connects.sync.SyncSide;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Makes a run's writes through the connectors' batch methods, target side first, creates then
 * updates then deletes, and records each write's id or error. Updates are conditional on the
 * version read where the connector supports it. A batch that fails as a whole with a
 * {@link CrmException} fails its writes; any other exception ends the run (nothing is recorded, so
 * the rerun repairs it).
 */
final class WriteBatches {

  private final SyncSettings settings;
  private final int total;
  private int done;

  WriteBatches(SyncSettings settings, int total) {
    this.settings = settings;
    this.total = total;
  }

  void run(List<Write> writes) {
    done = (int) writes.stream().filter(Write::failed).count();
    for (SyncSide side : List.of(SyncSide.TARGET, SyncSide.SOURCE)) {
      for (Write.Kind kind : Write.Kind.values()) {
        List<Write> batch =
            writes.stream()
                .filter(w -> w.side == side && w.kind == kind && !w.failed())
                .toList();
        if (!batch.isEmpty()) {
          execute(side, kind, batch);
        }
      }
    }
  }

  private void execute(SyncSide side, Write.Kind kind, List<Write> batch) {
    var connector = settings.connector(side);
    String object = settings.object(side);
    Function<Void, CompletableFuture<BatchResult>> call =
        v ->
            switch (kind) {
              case CREATE ->
                  connector.createAll(object, batch.stream().map(w -> w.fields).toList());
              case UPDATE -> update(connector, object, batch);
              case DELETE -> connector.deleteAll(object, batch.stream().map(w -> w.id).toList());
            };
    try {
      BatchResult result = Futures.await(call.apply(null));
      for (int i = 0; i < batch.size(); i++) {
        record(batch.get(i), result.results().get(i));
      }
    } catch (CrmException e) {
      batch.forEach(w -> w.error = e);
    }
    done += batch.size();
    settings.listener().onProgress(done, total);
  }

  /**
   * Updates conditionally where the connector can: each record only if still at the version it
   * was read with, so that an edit made on that side during the run is not overwritten.
   */
  private static CompletableFuture<BatchResult> update(
      CrmConnector connector, String object, List<Write> batch) {
    List<CrmRecord> records =
        batch.stream()
            .map(w -> new CrmRecord(object, w.id, w.fields, null, w.version))
            .toList();
    return connector.capabilities().conditionalUpdates()
        ? connector.updateAllIfUnchanged(object, records)
        : connector.updateAll(object, records);
  }

  private static void record(Write w, RecordResult r) {
    if (r.isSuccess() || (w.kind == Write.Kind.DELETE && r.error() instanceof NotFoundException)) {
      w.newId = r.id();
    } else {
      w.error = r.error();
    }
  }
}
