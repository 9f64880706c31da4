package io.ikarus.connects.internal.connector;

import io.ikarus.connects.CrmRecord;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Consumer;

/**
 * Feeds every record of a stream to a consumer and completes a future at the end: the AWS SDK style
 * {@code subscribe(Consumer)}. Cancelling the future cancels the subscription; an exception from
 * the consumer cancels it too and fails the future.
 */
public final class ForEachSubscriber implements Flow.Subscriber<CrmRecord> {

  private final Consumer<? super CrmRecord> action;
  private final CompletableFuture<Void> done = new CompletableFuture<>();
  private volatile Flow.Subscription subscription;

  /** Feeds {@code action}. */
  public ForEachSubscriber(Consumer<? super CrmRecord> action) {
    this.action = action;
    done.whenComplete(
        (v, e) -> {
          Flow.Subscription s = subscription;
          if (done.isCompletedExceptionally() && s != null) {
            s.cancel();
          }
        });
  }

  /** Completes when the stream ends, or exceptionally with its (or the consumer's) error. */
  public CompletableFuture<Void> future() {
    return done;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (done.isDone()) {
      s.cancel();
    } else {
      s.request(Long.MAX_VALUE);
    }
  }

  @Override
  public void onNext(CrmRecord record) {
    if (done.isDone()) {
      return;
    }
    try {
      action.accept(record);
    } catch (RuntimeException e) {
      done.completeExceptionally(e);
    }
  }

  @Override
  public void onError(Throwable error) {
    done.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    done.complete(null);
  }
}
