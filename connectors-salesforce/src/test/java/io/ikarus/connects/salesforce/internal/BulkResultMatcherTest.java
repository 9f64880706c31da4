package io.ikarus.connects.salesforce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.RecordResult;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.ValidationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BulkResultMatcherTest {

  private static final ErrorContext CTX = ErrorContext.of("salesforce", "createAll");

  private static Map<String, Object> lead(String last, String company) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("LastName", last);
    m.put("Company", company);
    return m;
  }

  @Test
  void matchesShuffledResultsAndDuplicatesBackToInputOrder() {
    List<Map<String, Object>> input =
        List.of(lead("A", "X"), lead("B", "Y,Z"), lead("A", "X"), lead(null, "Q"), lead("C", null));
    IngestPlan plan = IngestPlan.of(input, null, "createAll");
    BulkResultMatcher m = new BulkResultMatcher(plan.header(), plan.rows(), CTX, false);

    m.successes(
        "\"sf__Id\",\"sf__Created\",LastName,Company\n"
            + "003C,true,C,#N/A\n"
            + "003A2,true,A,X\n"
            + "003B,true,B,\"Y,Z\"\n"
            + "003A1,true,A,X\n");
    m.failures(
        "\"sf__Id\",\"sf__Error\",LastName,Company\n"
            + ",REQUIRED_FIELD_MISSING:Required fields are missing: [LastName]:LastName --,#N/A,Q\n");

    Map<Integer, RecordResult> r = m.results();
    assertThat(r.keySet()).containsExactly(0, 1, 2, 3, 4);
    assertThat(r.get(1).id()).isEqualTo("003B");
    assertThat(r.get(4).id()).isEqualTo("003C");
    assertThat(List.of(r.get(0).id(), r.get(2).id())).containsExactlyInAnyOrder("003A1", "003A2");
    assertThat(r.get(3).error())
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).fields()).containsExactly("LastName"));
    assertThat(r.get(3).error().vendorCode()).isEqualTo("REQUIRED_FIELD_MISSING");
    assertThat(m.unattributed()).isZero();
  }

  @Test
  void upsertReportsCreatedAndIgnoresColumnsSalesforceDidNotEcho() {
    List<Map<String, Object>> input = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Map<String, Object> m = new HashMap<>();
      m.put("Ext__c", "k" + i);
      m.put("Bogus", "same");
      input.add(m);
    }
    IngestPlan plan = IngestPlan.of(input, "Ext__c", "upsertAll");
    BulkResultMatcher m = new BulkResultMatcher(plan.header(), plan.rows(), CTX, true);
    m.successes("sf__Id,sf__Created,Ext__c\n002,false,k2\n000,true,k0\n");

    assertThat(m.results()).containsOnlyKeys(0, 2);
    assertThat(m.results().get(0).created()).isTrue();
    assertThat(m.results().get(2).created()).isFalse();
    assertThat(m.results().get(2).id()).isEqualTo("002");
  }

  @Test
  void countsRowsItCannotAttribute() {
    IngestPlan plan = IngestPlan.ofDeletes(List.of("001"), "deleteAll");
    BulkResultMatcher m = new BulkResultMatcher(plan.header(), plan.rows(), CTX, false);
    m.successes("sf__Id,sf__Created,Id\n001,false,001\n999,false,999\n");
    assertThat(m.results()).containsOnlyKeys(0);
    assertThat(m.unattributed()).isEqualTo(1);
  }

  @Test
  void aNullEchoedAsAnEmptyCellStillMatchesAndHostileCellsMatchThroughQuoting() {
    List<Map<String, Object>> input =
        List.of(
            lead("A", null),
            lead("O'Brien, \"Bob\"", "two\r\nlines"),
            lead("", "x"),
            lead("Zoë", "#N/A-ish"));
    IngestPlan plan = IngestPlan.of(input, null, "createAll");
    BulkResultMatcher m = new BulkResultMatcher(plan.header(), plan.rows(), CTX, false);

    m.successes(
        "\uFEFFsf__Id,sf__Created,LastName,Company\r\n"
            + "003D,true,Zoë,#N/A-ish\r\n"
            + "003B,true,\"O'Brien, \"\"Bob\"\"\",\"two\r\nlines\"\r\n"
            + "003C,true,,x\r\n"
            + "003A,true,A,\r\n");

    assertThat(m.unattributed()).isZero();
    assertThat(m.results().keySet()).containsExactly(0, 1, 2, 3);
    assertThat(m.results().get(0).id()).isEqualTo("003A");
    assertThat(m.results().get(1).id()).isEqualTo("003B");
    assertThat(m.results().get(2).id()).isEqualTo("003C");
    assertThat(m.results().get(3).id()).isEqualTo("003D");
  }

  @Test
  void planRejectsRecordsThatCannotBeEncodedAndKeepsTheRest() {
    Map<String, Object> bad = new HashMap<>();
    bad.put("Name; DROP", "x");
    Map<String, Object> noKey = new HashMap<>();
    noKey.put("Name", "y");
    Map<String, Object> weird = new HashMap<>();
    weird.put("Ext__c", "k");
    weird.put("Data", new Object());
    Map<String, Object> good = new HashMap<>();
    good.put("Ext__c", "k");
    good.put("Name", null);

    IngestPlan plan = IngestPlan.of(List.of(bad, noKey, weird, good), "Ext__c", "upsertAll");

    assertThat(plan.rejected()).containsOnlyKeys(0, 1, 2);
    assertThat(((ValidationException) plan.rejected().get(1)).fields()).containsExactly("Ext__c");
    assertThat(((ValidationException) plan.rejected().get(2)).fields()).containsExactly("Data");
    assertThat(plan.rows()).extracting(IngestPlan.Row::index).containsExactly(3);
    assertThat(plan.csv(plan.rows())).isEqualTo("Ext__c,Name\nk,#N/A\n");
  }
}
