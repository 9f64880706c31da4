package io.ikarus.connects.internal.sync;

import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.error.CrmException;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.NotFoundException;
import io.ikarus.connects.error.PreconditionFailedException;
import io.ikarus.connects.internal.connector.Futures;
import java.util.List;

/**
 * Gives a conditional update the version of a record the run did not read (its values came from the
 * link's base, as the change feed did not mention it): the record is read just before the write.
 * When it no longer holds the values the decision assumed, it changed during the run and the write
 * is deferred to the next run instead of overwriting that change.
 */
final class Versions {

  private final SyncSettings settings;
  private final MappedValues values;

  Versions(SyncSettings settings, MappedValues values) {
    this.settings = settings;
    this.values = values;
  }

  void fill(List<Write> writes) {
    for (Write w : writes) {
      CrmConnector connector = settings.connector(w.side);
      if (w.kind == Write.Kind.UPDATE
          && w.version == null
          && connector.capabilities().conditionalUpdates()) {
        fill(w, connector);
      }
    }
  }

  private void fill(Write w, CrmConnector connector) {
    String object = settings.object(w.side);
    try {
      CrmRecord now = Futures.await(connector.get(object, w.id));
      if (Canonical.same(values.of(w.side, now), w.entity.side(w.side).values)) {
        w.version = now.version();
      } else {
        w.error = changed(connector, "changed during the run");
      }
    } catch (NotFoundException gone) {
      w.error = changed(connector, "deleted during the run");
    } catch (CrmException e) {
      w.error = e;
    }
  }

  private static PreconditionFailedException changed(CrmConnector connector, String what) {
    return new PreconditionFailedException(
        "record " + what, ErrorContext.of(connector.name(), "update"));
  }
}
