package io.ikarus.connects.internal.memory;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Page;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Supplier;

/**
 * Publishes the records of a paged query, fetching a page only when the subscriber has demand left
 * and the previous page is used up, so at most one page is held at a time. Each subscriber gets its
 * own traversal from the first page.
 */
public final class PagePublisher implements Flow.Publisher<CrmRecord> {

  private final Supplier<CompletableFuture<Page>> firstPage;

  /** Creates a publisher whose traversal starts with {@code firstPage}. */
  public PagePublisher(Supplier<CompletableFuture<Page>> firstPage) {
    this.firstPage = Objects.requireNonNull(firstPage, "firstPage");
  }

  @Override
  public void subscribe(Flow.Subscriber<? super CrmRecord> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber");
    PageSubscription subscription = new PageSubscription(subscriber, firstPage);
    subscriber.onSubscribe(subscription);
  }
}
