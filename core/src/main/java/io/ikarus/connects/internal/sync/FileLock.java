package io.ikarus.connects.internal.sync;

import io.ikarus.connects.sync.SyncLockedException;
import io.ikarus.connects.sync.SyncStateException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * The cross-process half of a file store's job locks: an exclusive {@link FileChannel#tryLock()} on
 * a lock file next to the state file, held while any job of this process holds its lock (counted),
 * so two processes never write one state file at the same time. The lock file is left in place; the
 * operating system releases the lock when the process dies.
 */
public final class FileLock {

  private static final long POLL_MILLIS = 50;

  private final Path lockFile;
  private int holders;
  private FileChannel channel;
  private java.nio.channels.FileLock lock;

  /** The lock on {@code lockFile}. */
  public FileLock(Path lockFile) {
    this.lockFile = lockFile;
  }

  /**
   * Counts one more holder, taking the file lock for the first, waiting up to {@code wait}.
   *
   * @return true when this call took the file lock (the state may have changed since last held)
   * @throws SyncLockedException when another process holds it after {@code wait}
   */
  public synchronized boolean acquire(String job, Duration wait) {
    if (holders > 0) {
      holders++;
      return false;
    }
    long deadline = System.nanoTime() + Math.max(0, wait.toNanos());
    try {
      channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      while ((lock = tryLock()) == null) {
        if (System.nanoTime() >= deadline || !pause()) {
          closeChannel();
          throw new SyncLockedException(
              job, "sync state " + lockFile + " is locked by another process");
        }
      }
    } catch (IOException e) {
      closeChannel();
      throw new SyncStateException("cannot lock sync state " + lockFile + ": " + e, e);
    }
    holders = 1;
    return true;
  }

  /** Counts one holder less, releasing the file lock after the last. */
  public synchronized void release() {
    if (holders > 0 && --holders == 0) {
      closeChannel();
    }
  }

  private java.nio.channels.FileLock tryLock() throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  private static boolean pause() {
    try {
      Thread.sleep(POLL_MILLIS);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void closeChannel() {
    try {
      if (channel != null) {
        channel.close();
      }
    } catch (IOException e) {
      // Closing releases the lock; a failure to close leaves nothing to recover.
    }
    channel = null;
    lock = null;
  }
}
