package io.ikarus.connects.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Page;
import io.ikarus.connects.Query;
import io.ikarus.connects.event.ConnectorListener;
import io.ikarus.connects.testkit.FakeSalesforce;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SalesforceBulkQueryTest {

  private static final int ROWS = 200_000;
  private static final int PAGE = 10_000;

  private final FakeSalesforce sf = FakeSalesforce.start();
  private final AtomicInteger resultPages = new AtomicInteger();
  private final ConnectorListener pages =
      new ConnectorListener() {
        @Override
        public void onResponse(ResponseEvent event) {
          if (event.path().contains("/results")) {
            resultPages.incrementAndGet();
          }
        }
      };
  private final SalesforceConnector crm =
      Fixtures.connector(sf, b -> b.options(Fixtures.options(pages)));

  @AfterEach
  void close() {
    crm.close();
    sf.close();
  }

  @Test
  void streamsTwoHundredThousandRowsHoldingAtMostTwoResultSets() throws Exception {
    sf.generateRows("Account", ROWS, i -> Map.of("Name", "Account " + i));
    AtomicInteger consumed = new AtomicInteger();
    AtomicInteger worstAhead = new AtomicInteger();

    List<CrmRecord> rows =
        Collect.oneByOne(
            crm.bulkStream(Query.of("Account").fields("Name"), PAGE),
            r -> {
              int ahead = resultPages.get() * PAGE - consumed.incrementAndGet();
              worstAhead.accumulateAndGet(ahead, Math::max);
            });

    assertThat(rows).hasSize(ROWS);
    assertThat(rows.get(0).field("Name")).isEqualTo("Account 0");
    assertThat(rows.get(ROWS - 1).field("Name")).isEqualTo("Account " + (ROWS - 1));
    assertThat(resultPages.get()).isEqualTo(ROWS / PAGE);
    assertThat(worstAhead.get()).isLessThanOrEqualTo(2 * PAGE);
    assertThat(sf.journal().count("POST", sf.dataPath() + "/jobs/query")).isEqualTo(1);
  }

  @Test
  void bulkQueryPagesFollowTheLocator() {
    for (int i = 0; i < 25; i++) {
      sf.insert("Contact", Map.of("LastName", "Row, \"" + i + "\""));
    }
    Page first = crm.bulkQuery("SELECT Id, LastName FROM Contact", 10).join();
    List<CrmRecord> all = Collect.pages(first);
    assertThat(first.records()).hasSize(10);
    assertThat(all).hasSize(25);
    assertThat(all).extracting(r -> r.field("LastName")).contains("Row, \"24\"");
    assertThat(all.get(0).object()).isEqualTo("Contact");
  }
}
