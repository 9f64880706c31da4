package io.ikarus.connects.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.Page;
import io.ikarus.connects.Query;
import io.ikarus.connects.error.NotFoundException;
import io.ikarus.connects.error.ValidationException;
import io.ikarus.connects.testkit.FakeDynamics;
import io.ikarus.connects.testkit.RecordedCall;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DynamicsQueryTest {

  private static final String ACCOUNTS = DynamicsFixture.API + "/accounts";

  private final FakeDynamics fake = DynamicsFixture.start();
  private final DynamicsConnector crm = DynamicsFixture.secret(fake, null).build();

  @AfterEach
  void stop() {
    crm.close();
    fake.close();
  }

  @Test
  void streamWalksTwelveThousandRowsThroughNextLinks() {
    for (int i = 0; i < 12_000; i++) {
      fake.insert("accounts", Map.of("name", "row " + i));
    }
    Set<String> ids = new HashSet<>();

    crm.forEach(Query.of("accounts").fields("name"), r -> ids.add(r.id())).join();

    assertThat(ids).hasSize(12_000);
    List<RecordedCall> pages = fake.journal().calls("GET", ACCOUNTS);
    assertThat(pages).extracting(RecordedCall::records).containsExactly(5000, 5000, 2000);
    assertThat(pages)
        .allSatisfy(c -> assertThat(c.header("Prefer")).isEqualTo("odata.maxpagesize=5000"));
    assertThat(pages.get(1).queryParameter("$skiptoken")).isNotBlank();
  }

  @Test
  void limitsAreTopWithinOnePageAndEnforcedAcrossPages() {
    for (int i = 0; i < 30; i++) {
      fake.insert("accounts", Map.of("name", "n" + i));
    }
    Page top = crm.query(Query.of("accounts").limit(7)).join();
    assertThat(top.records()).hasSize(7);
    assertThat(top.hasNext()).isFalse();
    assertThat(fake.journal().last().queryParameter("$top")).isEqualTo("7");

    List<CrmRecord> all = new ArrayList<>();
    crm.forEach(Query.of("accounts").pageSize(10).limit(25), all::add).join();
    assertThat(all).hasSize(25);
  }

  @Test
  void filtersAreTranslatedWithEveryValueEscaped() {
    String obrien = fake.insert("accounts", Map.of("name", "O'Brien", "revenue", 10));
    fake.insert("accounts", Map.of("name", "100x", "revenue", 20));
    String percent = fake.insert("accounts", Map.of("name", "100%", "revenue", 30));

    assertThat(ids(Query.of("accounts").where("name", Query.Op.EQ, "O'Brien")))
        .containsExactly(obrien);
    assertThat(fake.journal().last().queryParameter("$filter")).isEqualTo("name eq 'O''Brien'");
    assertThat(ids(Query.of("accounts").where("name", Query.Op.CONTAINS, "100%")))
        .containsExactly(percent);
    assertThat(fake.journal().last().queryParameter("$filter"))
        .isEqualTo("contains(name,'100[%]')");
    assertThat(ids(Query.of("accounts").where("name", Query.Op.EQ, "x' or name ne 'x"))).isEmpty();
    assertThat(
            ids(
                Query.of("accounts")
                    .where("revenue", Query.Op.GT, new BigDecimal("15"))
                    .where("name", Query.Op.IN, List.of("100x", "100%", "nope"))
                    .where("description", Query.Op.IS_NULL, true)
                    .orderBy("revenue", false)))
        .hasSize(2)
        .last()
        .isNotEqualTo(obrien);
  }

  @Test
  void namesThatAreNotIdentifiersAreRefusedBeforeAnyCall() {
    int before = fake.journal().count();

    assertThatThrownBy(
            () -> crm.query(Query.of("accounts").where("name) or (1", Query.Op.EQ, 1)).join())
        .hasCauseInstanceOf(ValidationException.class);
    assertThat(fake.journal().count()).isEqualTo(before);
  }

  @Test
  void wrongCaseEntitySetIsNotFound() {
    assertThatThrownBy(() -> crm.query(Query.of("Accounts")).join())
        .hasCauseInstanceOf(NotFoundException.class)
        .hasMessageContaining("case-sensitive");
  }

  @Test
  void rawODataEscapeHatchPassesOptionsThrough() {
    fake.insert("accounts", Map.of("name", "a&b", "revenue", 5));
    fake.insert("accounts", Map.of("name", "other", "revenue", 6));

    Page page = crm.odata("accounts", "$select=name&$filter=name eq 'a&b'").join();

    assertThat(page.records()).extracting(r -> r.field("name")).containsExactly("a&b");
  }

  private List<String> ids(Query q) {
    List<String> ids = new ArrayList<>();
    crm.forEach(q, r -> ids.add(r.id())).join();
    return ids;
  }
}
