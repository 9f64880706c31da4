package io.ikarus.connects.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.error.AuthenticationException;
import io.ikarus.connects.error.ServerException;
import io.ikarus.connects.testkit.FakeTradeIndia;
import io.ikarus.connects.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TradeIndiaTest {

  private final MutableClock clock = MutableClock.at(Instant.parse("2026-12-01T10:00:00Z"));
  private final FakeTradeIndia tradeindia = FakeTradeIndia.start(clock, "u1", "p1", "k1");
  private final RecordingSink sink = new RecordingSink();

  private LeadPipeline pipeline(String key) {
    return LeadPipeline.builder()
        .sink(sink)
        .clock(clock)
        .source(
            TradeIndiaPullSource.builder("ti")
                .credentials("u1", "p1", key)
                .baseUrl(tradeindia.url())
                .pageSize(2)
                .build())
        .build();
  }

  @AfterEach
  void close() {
    tradeindia.close();
  }

  @Test
  void pagesAreReadMappedAndTheDayIsReReadWithoutDuplicates() {
    for (int i = 0; i < 3; i++) {
      tradeindia.addInquiry("Buyer " + i, "98250" + (10000 + i), null);
    }
    LeadPipeline p = pipeline("k1");

    PullReport first = p.poll("ti").join();
    clock.advance(Duration.ofMinutes(15));
    PullReport second = p.poll("ti").join();

    assertThat(first.count(LeadOutcome.Status.DELIVERED)).isEqualTo(3);
    assertThat(second.count(LeadOutcome.Status.DUPLICATE)).isEqualTo(3);
    assertThat(first.checkpoint()).isEqualTo("2026-12-01");
    Lead lead = sink.leads.get(0);
    assertThat(lead.phoneNumber()).isEqualTo("+919825010000");
    assertThat(lead.notes()).isEqualTo("Need 5 tonnes.\nBudget \u20b92 lakh");
    assertThat(lead.businessName()).isEqualTo("Shah Exports");
  }

  @Test
  void wrappedAndJunkPrefixedAnswersAreRead() {
    tradeindia.addInquiry("A", "9825010000", null);
    tradeindia.shape(FakeTradeIndia.Shape.WRAPPED);
    assertThat(pipeline("k1").poll("ti").join().outcomes()).hasSize(1);
    tradeindia.shape(FakeTradeIndia.Shape.JUNK_PREFIXED);
    assertThat(pipeline("k1").poll("ti").join().outcomes()).hasSize(1);
  }

  @Test
  void htmlErrorAndBadKeyFailThePullAndKeepTheCheckpoint() {
    tradeindia.shape(FakeTradeIndia.Shape.HTML_ERROR);
    LeadPipeline p = pipeline("k1");
    assertThatThrownBy(() -> p.poll("ti").join()).hasCauseInstanceOf(ServerException.class);
    assertThat(p.stores().checkpoints().load("ti")).isEmpty();
    tradeindia.shape(FakeTradeIndia.Shape.BARE);
    assertThatThrownBy(() -> pipeline("bad").poll("ti").join())
        .isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(AuthenticationException.class);
  }
}
