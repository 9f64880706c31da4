package io.ikarus.connects.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.Query;
import io.ikarus.connects.error.MalformedResponseException;
import io.ikarus.connects.testkit.FakeSalesforce;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A query answer missing the members Salesforce always sends is a typed error, not a last page. */
class SalesforceMalformedPageTest {

  private final FakeSalesforce sf = FakeSalesforce.start();
  private final SalesforceConnector crm = Fixtures.connector(sf);

  @AfterEach
  void close() {
    crm.close();
    sf.close();
  }

  @Test
  void anEmptyObjectAnsweringAQueryIsMalformedNotAnEmptyLastPage() {
    sf.insert("Contact", Map.of("LastName", "Kept"));
    sf.faults().respondNext(1, c -> c.path().endsWith("/query"), 200, "{}", Map.of());

    assertThatThrownBy(() -> crm.query(Query.of("Contact").fields("LastName")).join())
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("'done'");
  }

  @Test
  void aPageThatIsNotDoneMustNameItsNextPage() {
    sf.faults()
        .respondNext(
            1, c -> c.path().endsWith("/query"), 200, "{\"done\":false,\"records\":[]}", Map.of());

    assertThatThrownBy(() -> crm.query(Query.of("Contact").fields("LastName")).join())
        .cause()
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("'nextRecordsUrl'");
  }

  @Test
  void aCompleteLastPageStillReads() {
    sf.insert("Contact", Map.of("LastName", "Kept"));

    assertThat(crm.query(Query.of("Contact").fields("LastName")).join().records()).hasSize(1);
  }
}
