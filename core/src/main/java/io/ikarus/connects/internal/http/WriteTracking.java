package io.ikarus.connects.internal.http;

import java.io.IOException;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Tells how far a call got: OkHttp's {@link EventListener} marks a request fully written once its
 * headers (no body) or its body were sent; calls made without {@link #newCall} get no listener. A
 * call that failed before that cannot have been processed, so even a create may be sent again.
 */
final class WriteTracking {

  private WriteTracking() {}

  /** The mutable mark a request carries as its tag. */
  static final class Mark {
    volatile boolean written;
  }

  /** A failure of a request that was not fully written. */
  static final class NotWrittenException extends IOException {
    private static final long serialVersionUID = 1L;

    NotWrittenException(IOException cause) {
      super("request not fully written: " + cause.getMessage(), cause);
    }
  }

  /** The mark of the call being created on this thread: {@link #factory()} runs inside newCall. */
  private static final ThreadLocal<Mark> CREATING = new ThreadLocal<>();

  /**
   * A new call of {@code client} whose listener keeps {@code mark}: handed over on this thread
   * while OkHttp creates the call's listener, so the request is not rebuilt to carry a tag.
   */
  static Call newCall(OkHttpClient client, Request request, Mark mark) {
    CREATING.set(mark);
    try {
      return client.newCall(request);
    } finally {
      CREATING.set(null);
    }
  }

  /** The failure, marked when the request was not fully written. */
  static IOException classify(IOException e, Mark mark) {
    return mark.written || e instanceof NotWrittenException ? e : new NotWrittenException(e);
  }

  /** The listener factory that keeps the marks up to date. */
  static EventListener.Factory factory() {
    return call -> {
      Mark mark = CREATING.get();
      return mark == null ? EventListener.NONE : new Listener(mark);
    };
  }

  private static final class Listener extends EventListener {
    private final Mark mark;

    Listener(Mark mark) {
      this.mark = mark;
    }

    @Override
    public void requestHeadersEnd(Call call, Request request) {
      if (request.body() == null) {
        mark.written = true;
      }
    }

    @Override
    public void requestBodyEnd(Call call, long byteCount) {
      mark.written = true;
    }
  }
}
