package io.ikarus.connects.leads;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.leads.store.FailedLead;
import io.ikarus.connects.leads.store.LeadStores;
import io.ikarus.connects.leads.store.RawPayload;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** What every {@link LeadStores} implementation must do; subclassed per implementation. */
public abstract class LeadStoresContract {

  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

  protected abstract LeadStores stores();

  private static Lead lead(String id) {
    return new Lead(
        id,
        "+919876543210",
        "Asha",
        "asha@example.com",
        "web",
        null,
        null,
        null,
        "Pune",
        null,
        "IN",
        "411001",
        "X-1",
        null,
        null,
        "notes",
        T0,
        "site",
        "payload-" + id);
  }

  @Test
  void concurrentClaimsOfOneKeyHaveOneWinner() throws Exception {
    LeadStores s = stores();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<CompletableFuture<Optional<String>>> claims = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      String id = "lead-" + i;
      claims.add(CompletableFuture.supplyAsync(() -> s.dedup().claim("meta", "k1", id, T0), pool));
    }
    long winners = 0;
    for (CompletableFuture<Optional<String>> c : claims) {
      winners += c.get().isEmpty() ? 1 : 0;
    }
    pool.shutdown();
    assertThat(winners).isEqualTo(1);
    s.dedup().release("meta", "k1", "someone-else");
    assertThat(s.dedup().claim("meta", "k1", "late", T0)).isPresent();
  }

  @Test
  void contactsMatchWithinTheWindowOnly() {
    LeadStores s = stores();
    assertThat(s.dedup().claimContact("+911", "a@x.com", "L1", T0, T0.minusSeconds(60))).isEmpty();
    assertThat(s.dedup().claimContact(null, "a@x.com", "L2", T0, T0.minusSeconds(60)))
        .contains("L1");
    Instant later = T0.plus(Duration.ofDays(2));
    assertThat(s.dedup().claimContact("+911", null, "L3", later, later.minusSeconds(60))).isEmpty();
    assertThat(s.dedup().purgeContactsBefore(later)).isEqualTo(1);
  }

  @Test
  void payloadsRetryQueueAndCheckpointsRoundTrip() {
    LeadStores s = stores();
    s.payloads().save(new RawPayload("p1", "site", T0, "{\"a\":1}".getBytes()));
    assertThat(s.payloads().find("p1").orElseThrow().text()).isEqualTo("{\"a\":1}");
    assertThat(s.payloads().purgeBefore(T0.plusSeconds(1))).isEqualTo(1);

    FailedLead f = new FailedLead(lead("L9"), "CRM down", 1, T0, T0.plusSeconds(30));
    s.retries().put(f);
    assertThat(s.retries().due(T0, 10)).isEmpty();
    assertThat(s.retries().due(T0.plusSeconds(30), 10)).containsExactly(f);
    s.retries().put(new FailedLead(f.lead(), "still down", 2, T0.plusSeconds(30), null));
    assertThat(s.retries().find("L9").orElseThrow().nextAttemptAt()).isNull();
    assertThat(s.retries().all()).hasSize(1);
    s.retries().remove("L9");
    assertThat(s.retries().all()).isEmpty();

    assertThat(s.checkpoints().load("im")).isEmpty();
    s.checkpoints().save("im", "c1");
    s.checkpoints().save("im", "c2");
    assertThat(s.checkpoints().load("im")).contains("c2");
  }
}
