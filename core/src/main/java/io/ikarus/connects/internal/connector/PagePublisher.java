package io.ikarus.connects.internal.connector;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Page;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Supplier;

/**
 * A cold publisher of every record of a query, page by page: each subscription runs the query
 * afresh and fetches the next page only when the subscriber has asked for more records than are
 * buffered, so at most one page is held in memory.
 */
public final class PagePublisher implements Flow.Publisher<CrmRecord> {

  private final Supplier<CompletableFuture<Page>> firstPage;

  /** Publishes the pages that {@code firstPage} and its {@link Page#next()} chain yield. */
  public PagePublisher(Supplier<CompletableFuture<Page>> firstPage) {
    this.firstPage = Objects.requireNonNull(firstPage, "firstPage");
  }

  @Override
  public void subscribe(Flow.Subscriber<? super CrmRecord> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber");
    PageSubscription subscription = new PageSubscription(subscriber, firstPage);
    subscriber.onSubscribe(subscription);
    subscription.start();
  }
}
