package io.ikarus.connects.leads;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A sink that records leads and can be told to fail. */
final class RecordingSink implements LeadSink {

  final List<Lead> leads = new CopyOnWriteArrayList<>();
  final AtomicInteger failNext = new AtomicInteger();

  @Override
  public CompletableFuture<String> deliver(Lead lead) {
    if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      return CompletableFuture.failedFuture(new IllegalStateException("CRM unavailable"));
    }
    leads.add(lead);
    return CompletableFuture.completedFuture("crm-" + leads.size());
  }
}
