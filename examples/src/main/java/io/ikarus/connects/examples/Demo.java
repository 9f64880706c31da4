package io.ikarus.connects.examples;

import io.ikarus.connects.BatchResult;
import io.ikarus.connects.Changes;
import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Query;
import io.ikarus.connects.memory.InMemoryConnector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The README's demo: writes, queries, streams and reads changes through the portable {@link
 * CrmConnector} API, offline, on the in-process {@link InMemoryConnector}. Exits non-zero when any
 * step does not give the expected result.
 */
public final class Demo {

  private Demo() {}

  /** Runs the demo. */
  public static void main(String[] args) {
    try (InMemoryConnector crm = InMemoryConnector.builder().name("demo-crm").build()) {
      BatchResult created = crm.createAll("Contact", contacts(2_500)).join();
      System.out.printf(
          "created %d contacts in %d batch calls (%d failed)%n",
          created.succeeded().size(), created.apiCalls(), created.failed().size());

      Query gmail = Query.of("Contact").where("Email", Query.Op.CONTAINS, "@gmail.example");
      long streamed = count(crm, gmail).join();
      System.out.printf("streamed %d contacts with a gmail.example address%n", streamed);

      Checkpoint start = drainChanges(crm, Checkpoint.initial());
      String firstId = created.results().get(0).id();
      crm.update("Contact", firstId, Map.of("Phone", "+44 20 7946 0000")).join();
      crm.delete("Contact", created.results().get(1).id()).join();
      Changes changes = crm.changesSince("Contact", start).join();
      System.out.printf(
          "changes since the checkpoint: %d updated, %d deleted%n",
          changes.upserts().size(), changes.deletedIds().size());

      boolean ok =
          created.allSucceeded()
              && streamed == 2_500 / 3 + 1
              && changes.upserts().size() == 1
              && changes.deletedIds().size() == 1;
      System.out.println(ok ? "demo finished: all checks passed" : "demo FAILED");
      if (!ok) {
        System.exit(1);
      }
    }
  }

  /** Reads changes until none wait, returning the checkpoint after the last. */
  private static Checkpoint drainChanges(CrmConnector crm, Checkpoint from) {
    Changes changes = crm.changesSince("Contact", from).join();
    while (changes.hasMore()) {
      changes = crm.changesSince("Contact", changes.checkpoint()).join();
    }
    return changes.checkpoint();
  }

  private static List<Map<String, Object>> contacts(int n) {
    List<Map<String, Object>> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String domain = i % 3 == 0 ? "gmail.example" : "corp.example";
      list.add(Map.of("LastName", "Contact " + i, "Email", "c" + i + "@" + domain));
    }
    return list;
  }

  private static CompletableFuture<Long> count(CrmConnector crm, Query query) {
    CompletableFuture<Long> done = new CompletableFuture<>();
    AtomicLong n = new AtomicLong();
    crm.stream(query)
        .subscribe(
            new Flow.Subscriber<CrmRecord>() {
              private Flow.Subscription subscription;

              @Override
              public void onSubscribe(Flow.Subscription s) {
                subscription = s;
                s.request(100);
              }

              @Override
              public void onNext(CrmRecord item) {
                if (n.incrementAndGet() % 100 == 0) {
                  subscription.request(100);
                }
              }

              @Override
              public void onError(Throwable t) {
                done.completeExceptionally(t);
              }

              @Override
              public void onComplete() {
                done.complete(n.get());
              }
            });
    return done;
  }
}
