package io.ikarus.connects.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Page;
import io.ikarus.connects.Query;
import io.ikarus.connects.Query.Op;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.testkit.FakeSalesforce;
import io.ikarus.connects.testkit.RecordedCall;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SalesforceQueryTest {

  private final FakeSalesforce sf = FakeSalesforce.start();
  private final SalesforceConnector crm = Fixtures.connector(sf);

  @AfterEach
  void close() {
    crm.close();
    sf.close();
  }

  private void seed(int n) {
    for (int i = 0; i < n; i++) {
      sf.insert(
          "Contact",
          Map.of("LastName", String.format("C%05d", i), "Title", i % 2 == 0 ? "even" : "odd"));
    }
  }

  @Test
  void queryTranslatesToSoqlAndPagesWithNextRecordsUrl() {
    seed(1_000);
    Query q =
        Query.of("Contact")
            .fields("LastName")
            .where("Title", Op.EQ, "even")
            .orderBy("LastName", true)
            .pageSize(200);

    Page first = crm.query(q).join();
    List<CrmRecord> all = Collect.pages(first);

    assertThat(first.records()).hasSize(200);
    assertThat(all).hasSize(500);
    assertThat(all).extracting(r -> r.field("LastName")).isSorted().doesNotHaveDuplicates();
    RecordedCall call = sf.journal().calls("GET", sf.dataPath() + "/query").get(0);
    assertThat(call.queryParameter("q"))
        .isEqualTo("SELECT Id, LastName FROM Contact WHERE Title = 'even' ORDER BY LastName ASC");
    assertThat(call.header("sforce-query-options")).isEqualTo("batchSize=200");
  }

  @Test
  void queryWithoutFieldsSelectsEveryDescribedField() {
    sf.insert("Contact", Map.of("LastName", "Solo", "Email", "solo@example.com"));
    CrmRecord r = crm.query(Query.of("Contact")).join().records().get(0);
    assertThat(r.fields()).containsEntry("Email", "solo@example.com").containsKey("Birthdate");
    crm.query(Query.of("Contact")).join();
    assertThat(sf.journal().count("GET", sf.dataPath() + "/sobjects/Contact/describe"))
        .isEqualTo(1);
  }

  @Test
  void hostileFilterValuesMatchOnlyThemselves() {
    String[] hostile = {
      "O'Brien", "x' OR LastName != '", "back\\slash", "100% _sure_", "two\nlines", "\\'; --"
    };
    for (String name : hostile) {
      sf.insert("Contact", Map.of("LastName", name));
    }
    sf.insert("Contact", Map.of("LastName", "100X Xsure_"));
    for (String name : hostile) {
      List<CrmRecord> eq =
          Collect.pages(
              crm.query(Query.of("Contact").fields("LastName").where("LastName", Op.EQ, name))
                  .join());
      assertThat(eq).extracting(r -> r.field("LastName")).containsExactly(name);
    }
    List<CrmRecord> like =
        Collect.pages(
            crm.query(Query.of("Contact").fields("LastName").where("LastName", Op.CONTAINS, "% _s"))
                .join());
    assertThat(like).extracting(r -> r.field("LastName")).containsExactly("100% _sure_");
  }

  @Test
  void streamCompletesAcrossATokenExpiryWithoutLosingOrRepeatingRows() throws Exception {
    seed(2_000);
    AtomicInteger seen = new AtomicInteger();
    List<CrmRecord> rows =
        Collect.oneByOne(
            crm.stream(Query.of("Contact").fields("LastName").pageSize(200)),
            r -> {
              if (seen.incrementAndGet() == 700) {
                sf.expireTokens();
              }
            });

    assertThat(rows).hasSize(2_000);
    assertThat(new HashSet<>(rows.stream().map(CrmRecord::id).toList())).hasSize(2_000);
    assertThat(sf.journal().count("POST", "/services/oauth2/token")).isEqualTo(2);
    assertThat(sf.journal().filter(c -> c.status() == 401)).hasSize(1);
  }

  @Test
  void nativeSoqlRunsAndMalformedSoqlCarriesSalesforcesMessage() {
    seed(3);
    Page page = crm.soql("SELECT Id, LastName FROM Contact WHERE Title = 'odd'").join();
    assertThat(page.records()).hasSize(1);
    assertThat(page.records().get(0).object()).isEqualTo("Contact");

    assertThatThrownBy(() -> crm.soql("SELECT Id FORM Contact").join())
        .cause()
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e -> assertThat(((ValidationException) e).vendorCode()).isEqualTo("MALFORMED_QUERY"));
    assertThat(crm.soql("SELECT Id FORM Contact").handle((p, e) -> e).join())
        .isInstanceOf(ValidationException.class);
  }
}
