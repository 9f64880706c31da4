package io.ikarus.connects.sync;

import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.internal.sync.FileLock;
import io.ikarus.connects.internal.sync.JobLocks;
import io.ikarus.connects.internal.sync.StateFile;
import io.ikarus.connects.internal.sync.StateModel;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A {@link SyncStateStore} in one JSON file. Every change rewrites the file safely: the new content
 * goes to a temporary file in the same directory, is forced to disk, and atomically renamed over
 * the old file, so a crash leaves either the old state or the new one, never a torn file.
 *
 * <p>Opening a file that is not valid JSON, not an Ikarus Connects state file, or of a newer
 * version fails with {@link SyncStateException}; the file is never reset silently. A missing file
 * is an empty state. The store suits thousands of links; for more, implement the interface over a
 * database.
 *
 * <p>One owner per file: opening a path that is already open in this process returns the same store
 * (until it is {@link #close() closed}), so two jobs never hold private copies that erase each
 * other's state. {@link #lock} excludes other runs of the job in this process and, through an
 * exclusive lock on the file {@code <file>.lock}, every run of any job in another process; the
 * state is re-read from disk whenever that file lock is newly taken. Thread-safe.
 *
 * <pre>{@code
 * SyncStateStore state = FileSyncStateStore.open(Path.of("sync-state.json"));
 * }</pre>
 */
public final class FileSyncStateStore implements SyncStateStore, AutoCloseable {

  private static final Map<Path, WeakReference<FileSyncStateStore>> OPEN =
      new ConcurrentHashMap<>();

  private final Path file;
  private final JobLocks jobs;
  private final FileLock fileLock;
  private StateModel model;
  private boolean closed;

  private FileSyncStateStore(Path file, StateModel model) {
    this.file = file;
    this.model = model;
    this.jobs = new JobLocks(file.toString());
    this.fileLock = new FileLock(file.resolveSibling(file.getFileName() + ".lock"));
  }

  /**
   * Opens (or, when absent, starts) the state file at {@code file}; when this process already has
   * it open, returns that store.
   *
   * @throws SyncStateException when the file cannot be read or is not a valid state file
   */
  public static FileSyncStateStore open(Path file) {
    Path key = key(file);
    FileSyncStateStore[] result = new FileSyncStateStore[1];
    OPEN.compute(
        key,
        (k, ref) -> {
          FileSyncStateStore open = ref == null ? null : ref.get();
          result[0] = open != null ? open : new FileSyncStateStore(k, load(k));
          return open != null ? ref : new WeakReference<>(result[0]);
        });
    return result[0];
  }

  /** The file this store writes. */
  public Path file() {
    return file;
  }

  @Override
  public synchronized Optional<Checkpoint> checkpoint(String job, SyncSide side) {
    return model().checkpoint(job, side);
  }

  @Override
  public synchronized void saveCheckpoint(String job, SyncSide side, Checkpoint checkpoint) {
    change(m -> m.saveCheckpoint(job, side, checkpoint));
  }

  @Override
  public synchronized Map<String, SyncLink> links(
      String job, SyncSide side, Collection<String> ids) {
    return model().links(job, side, ids);
  }

  @Override
  public synchronized void saveLinks(String job, Collection<SyncLink> links) {
    change(m -> m.saveLinks(job, links));
  }

  @Override
  public synchronized void removeLinks(String job, Collection<SyncLink> links) {
    change(m -> m.removeLinks(job, links));
  }

  @Override
  public synchronized List<PendingRecord> pending(String job) {
    return model().pending(job);
  }

  @Override
  public synchronized void savePending(String job, Collection<PendingRecord> records) {
    change(m -> m.savePending(job, records));
  }

  @Override
  public synchronized void removePending(String job, Collection<PendingRecord> records) {
    change(m -> m.removePending(job, records));
  }

  @Override
  public SyncLock lock(String job, Duration wait) {
    long started = System.nanoTime();
    SyncLock inProcess = jobs.lock(job, wait);
    Duration left = wait.minusNanos(System.nanoTime() - started);
    try {
      if (fileLock.acquire(job, left.isNegative() ? Duration.ZERO : left)) {
        reload();
      }
    } catch (RuntimeException e) {
      inProcess.close();
      throw e;
    }
    AtomicBoolean open = new AtomicBoolean(true);
    return () -> {
      if (open.compareAndSet(true, false)) {
        fileLock.release();
        inProcess.close();
      }
    };
  }

  /**
   * Forgets this store in the process, so that the next {@link #open} reads the file again. Using a
   * closed store fails with {@link SyncStateException}. Closing twice does nothing.
   */
  @Override
  public synchronized void close() {
    closed = true;
    OPEN.computeIfPresent(file, (k, ref) -> ref.get() == this ? null : ref);
  }

  @Override
  public String toString() {
    return "FileSyncStateStore{" + file + '}';
  }

  private synchronized void reload() {
    model = load(file);
  }

  private static Path key(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    try {
      return absolute.getParent().toRealPath().resolve(absolute.getFileName());
    } catch (IOException e) {
      return absolute;
    }
  }

  private StateModel model() {
    if (closed) {
      throw new SyncStateException("sync state store " + file + " is closed", null);
    }
    return model;
  }

  /** Applies a change and persists it; on a failed write the last durable state is kept. */
  private void change(Consumer<StateModel> mutation) {
    mutation.accept(model());
    try {
      write(StateFile.write(model));
    } catch (IOException | RuntimeException e) {
      model = load(file);
      throw new SyncStateException("cannot write sync state file " + file + ": " + e, e);
    }
  }

  private void write(byte[] bytes) throws IOException {
    Path dir = file.getParent();
    Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
    try {
      try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ch.write(ByteBuffer.wrap(bytes));
        ch.force(true);
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
    forceDirectory(dir);
  }

  /** Makes the rename durable where the platform allows syncing a directory (not on Windows). */
  private static void forceDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // Some platforms cannot open directories; the rename is still atomic there.
    }
  }

  private static StateModel load(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return new StateModel();
    } catch (IOException e) {
      throw new SyncStateException("cannot read sync state file " + file + ": " + e, e);
    }
    try {
      return StateFile.read(bytes);
    } catch (IllegalArgumentException e) {
      throw new SyncStateException(
          "sync state file "
              + file
              + " is unusable: "
              + e.getMessage()
              + "; it was left untouched (move it away to start over)",
          e);
    }
  }
}
