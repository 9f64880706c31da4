package io.ikarus.connects.testkit.internal;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * An accepted connection that knows when it waits for its next request: its server is blocked
 * reading, after its last answer was begun and before a byte of the next request arrived. Only that
 * wait is bounded by the idle timeout, never a call being served: an answer still being written
 * (headers out, body not yet) is not idle, or closing "idle" connections would cut answers short.
 */
final class IdleAwareSocket extends Socket {

  private static final ScheduledExecutorService TIMER =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "fake-idle-timer");
            t.setDaemon(true);
            return t;
          });

  private final Supplier<Duration> idleTimeout;
  private final Consumer<IdleAwareSocket> onClose;
  private volatile boolean betweenRequests = true;
  private volatile boolean reading;
  private volatile long lastWriteNanos = System.nanoTime();

  IdleAwareSocket(Supplier<Duration> idleTimeout, Consumer<IdleAwareSocket> onClose) {
    this.idleTimeout = idleTimeout;
    this.onClose = onClose;
  }

  /** True while the server waits for this connection's next request. */
  boolean idle() {
    return betweenRequests && reading;
  }

  /** Starts the idle clock; called once the connection is accepted. */
  void accepted() {
    lastWriteNanos = System.nanoTime();
    scheduleCheck(idleTimeout.get().toNanos());
  }

  private void scheduleCheck(long delayNanos) {
    if (delayNanos > 0 && !isClosed()) {
      TIMER.schedule(this::check, delayNanos, TimeUnit.NANOSECONDS);
    }
  }

  /** Closes the connection when it has waited its full idle time, or checks again later. */
  private void check() {
    long timeout = idleTimeout.get().toNanos();
    if (!betweenRequests || timeout <= 0 || isClosed()) {
      return;
    }
    if (!reading) {
      // Still writing its answer: look again one idle time after the last write.
      scheduleCheck(Math.max(1_000_000, lastWriteNanos + timeout - System.nanoTime()));
      return;
    }
    long left = lastWriteNanos + timeout - System.nanoTime();
    if (left > 0) {
      scheduleCheck(left);
    } else {
      closeQuietly();
    }
  }

  void closeQuietly() {
    try {
      close();
    } catch (IOException e) {
      // already closed by the peer: nothing left to close
    }
  }

  private void wrote() {
    lastWriteNanos = System.nanoTime();
    if (!betweenRequests) {
      betweenRequests = true;
      scheduleCheck(idleTimeout.get().toNanos());
    }
  }

  @Override
  public InputStream getInputStream() throws IOException {
    return new FilterInputStream(super.getInputStream()) {
      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        reading = true;
        try {
          int n = super.read(b, off, len);
          if (n > 0) {
            betweenRequests = false;
          }
          return n;
        } finally {
          reading = false;
        }
      }
    };
  }

  @Override
  public OutputStream getOutputStream() throws IOException {
    return new FilterOutputStream(super.getOutputStream()) {
      @Override
      public void write(int b) throws IOException {
        out.write(b);
        wrote();
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        wrote();
      }
    };
  }

  @Override
  public synchronized void close() throws IOException {
    onClose.accept(this);
    super.close();
  }
}
