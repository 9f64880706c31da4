package io.ikarus.connects.dynamics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.Query;
import io.ikarus.connects.error.ValidationException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ODataQueryWriterTest {

  @Test
  void writesSelectFilterOrderAndPageSize() {
    QueryPlan plan =
        ODataQueryWriter.write(
            Query.of("accounts")
                .fields("name")
                .where("revenue", Query.Op.GTE, 10)
                .modifiedSince(Instant.parse("2024-01-01T00:00:00Z"))
                .orderBy("name", true)
                .pageSize(250),
            "accountid");

    assertThat(plan.params())
        .containsEntry("$select", "accountid,name,modifiedon")
        .containsEntry("$filter", "(revenue ge 10) and (modifiedon ge 2024-01-01T00:00:00Z)")
        .containsEntry("$orderby", "name asc")
        .doesNotContainKey("$top");
    assertThat(plan.maxPageSize()).isEqualTo(250);
  }

  @Test
  void everyValueIsALiteralThatCannotBreakOut() {
    assertThat(filter(Query.Op.EQ, "' or 1 eq 1 or name eq '"))
        .isEqualTo("name eq ''' or 1 eq 1 or name eq '''");
    assertThat(filter(Query.Op.CONTAINS, "50%_[x]")).isEqualTo("contains(name,'50[%][_][[]x]')");
    assertThat(filter(Query.Op.IN, List.of("a'b", 3))).isEqualTo("name eq 'a''b' or name eq 3");
    assertThat(filter(Query.Op.IS_NULL, false)).isEqualTo("name ne null");
    UUID id = UUID.randomUUID();
    assertThat(filter(Query.Op.NE, id)).isEqualTo("name ne " + id);
  }

  @Test
  void aLimitWithinOnePageIsTopAndALargerOneIsEnforcedWhilePaging() {
    QueryPlan small = ODataQueryWriter.write(Query.of("accounts").limit(50), "accountid");
    QueryPlan large = ODataQueryWriter.write(Query.of("accounts").limit(12_000), "accountid");

    assertThat(small.params()).containsEntry("$top", "50");
    assertThat(small.maxPageSize()).isZero();
    assertThat(large.params()).doesNotContainKey("$top");
    assertThat(large.maxPageSize()).isEqualTo(5000);
    assertThat(large.limit()).isEqualTo(12_000);
  }

  @Test
  void namesMustBeIdentifiers() {
    assertThatThrownBy(() -> ODataQueryWriter.validate(Query.of("accounts").fields("name,x")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("name,x");
  }

  private static String filter(Query.Op op, Object value) {
    return ODataQueryWriter.filter(Query.of("accounts").where("name", op, value));
  }
}
