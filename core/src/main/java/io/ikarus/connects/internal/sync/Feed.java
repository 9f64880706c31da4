package io.ikarus.connects.internal.sync;

import io.ikarus.connects.Changes;
import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.internal.connector.Futures;
import io.ikarus.connects.sync.SyncSide;
import java.util.concurrent.CompletableFuture;

/**
 * One side's change feed during a run, read page by page from the stored checkpoint into windows of
 * changes. A window holds at least one page and stops after the page that makes it reach its size,
 * or at the end of the feed. Not thread-safe: one window is read at a time.
 */
final class Feed {

  final SyncSide side;
  private final CrmConnector connector;
  private final String object;
  private boolean done;
  private SideChanges window;

  Feed(SyncSide side, CrmConnector connector, String object, Checkpoint from) {
    this.side = side;
    this.connector = connector;
    this.object = object;
    this.window = new SideChanges(side, from);
  }

  /** True when the feed has no more pages. */
  boolean done() {
    return done;
  }

  /** The window being filled. */
  SideChanges window() {
    return window;
  }

  /** Reads one more page into the current window, blocking. */
  void readPage() {
    take(Futures.await(connector.changesSince(object, window.to)));
  }

  /** Reads pages into the current window until it holds {@code size} changes or the feed ends. */
  CompletableFuture<SideChanges> fill(int size) {
    if (done || window.size() >= size) {
      return CompletableFuture.completedFuture(window);
    }
    return connector
        .changesSince(object, window.to)
        .thenCompose(
            page -> {
              take(page);
              return fill(size);
            });
  }

  /**
   * Hands over the current window and starts the next one where it ends; the next one is filled by
   * {@link #fill}.
   */
  SideChanges next() {
    SideChanges full = window;
    window = new SideChanges(side, full.to);
    return full;
  }

  private void take(Changes page) {
    window.add(page);
    done = !page.hasMore();
  }
}
