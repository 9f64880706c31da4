package io.ikarus.connects.testkit.internal;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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

  /** WAITING while blocked reading for the next request; CLOSED once closed as idle. */
  private final AtomicInteger state = new AtomicInteger(BUSY);

  private volatile boolean closeWhenWaiting;

  private static final int BUSY = 0;
  private static final int WAITING = 1;
  private static final int CLOSED = 2;
  private volatile long lastWriteNanos = System.nanoTime();

  IdleAwareSocket(Supplier<Duration> idleTimeout, Consumer<IdleAwareSocket> onClose) {
    this.idleTimeout = idleTimeout;
    this.onClose = onClose;
  }

  /** True while the server waits for this connection's next request. */
  boolean idle() {
    return state.get() == WAITING;
  }

  /**
   * Closes the connection if it waits for its next request. Atomic with that request's arrival:
   * either the request is read and served, or the connection closes and the request is dropped
   * unread, as at a load balancer; never served and then cut off, which the journal would record as
   * answered though the client saw only the connection close.
   */
  void closeIfIdle() {
    if (state.compareAndSet(WAITING, CLOSED)) {
      closeQuietly();
      return;
    }
    if (betweenRequests) {
      // Answered (or answering) but its server is not yet back at reading: close when it is.
      closeWhenWaiting = true;
      if (state.compareAndSet(WAITING, CLOSED)) {
        closeQuietly();
      }
    }
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
    if (state.get() != WAITING) {
      // Still writing its answer: look again one idle time after the last write.
      scheduleCheck(Math.max(1_000_000, lastWriteNanos + timeout - System.nanoTime()));
      return;
    }
    long left = lastWriteNanos + timeout - System.nanoTime();
    if (left > 0) {
      scheduleCheck(left);
    } else {
      closeIfIdle();
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
        boolean waits = betweenRequests && state.compareAndSet(BUSY, WAITING);
        if (waits && closeWhenWaiting && state.compareAndSet(WAITING, CLOSED)) {
          closeQuietly();
          throw new SocketException("closed as idle");
        }
        int n;
        try {
          n = super.read(b, off, len);
        } finally {
          if (waits && !state.compareAndSet(WAITING, BUSY)) {
            throw new SocketException("closed as idle before the request was read");
          }
        }
        if (n > 0) {
          betweenRequests = false;
        }
        return n;
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
