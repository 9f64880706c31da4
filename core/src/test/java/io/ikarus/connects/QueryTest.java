package io.ikarus.connects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryTest {

  @Test
  void everyMethodReturnsANewQueryAndLeavesTheOriginalAlone() {
    Query base = Query.of("Contact");
    Query narrowed =
        base.fields("Id", "Email")
            .where("Email", Query.Op.EQ, "ada@example.com")
            .modifiedSince(Instant.EPOCH)
            .orderBy("LastName", false)
            .limit(10)
            .pageSize(5);

    assertThat(base.fields()).isEmpty();
    assertThat(base.filters()).isEmpty();
    assertThat(base.limit()).isEmpty();
    assertThat(narrowed.fields()).containsExactly("Id", "Email");
    assertThat(narrowed.filters())
        .containsExactly(new Query.Filter("Email", Query.Op.EQ, "ada@example.com"));
    assertThat(narrowed.orderBy()).containsExactly(new Query.Order("LastName", false));
    assertThat(narrowed.limit()).hasValue(10);
    assertThat(narrowed.pageSize()).hasValue(5);
  }

  @Test
  void inCopiesItsValuesSoLaterChangesDoNotLeakIn() {
    List<String> values = new ArrayList<>(List.of("a", "b"));
    Query q = Query.of("Lead").where("Status", Query.Op.IN, values);
    values.add("c");

    assertThat(q.filters().get(0).value()).isEqualTo(List.of("a", "b"));
  }

  @Test
  void inAcceptsImmutableCollections() {
    Query q = Query.of("Lead").where("Status", Query.Op.IN, java.util.Set.of("Open"));

    assertThat(q.filters().get(0).value()).isEqualTo(List.of("Open"));
  }

  @Test
  void badFiltersAreRefusedNamingTheField() {
    Query q = Query.of("Lead");
    assertThatThrownBy(() -> q.where("Status", Query.Op.IN, Arrays.asList("a", null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Status'")
        .hasMessageContaining("use IS_NULL");
    assertThatThrownBy(() -> q.where("Status", Query.Op.IN, List.of()))
        .hasMessageContaining("'Status': IN needs a non-empty Collection");
    assertThatThrownBy(() -> q.where("Email", Query.Op.EQ, null))
        .hasMessageContaining("'Email': EQ needs a value");
    assertThatThrownBy(() -> q.where("Email", Query.Op.IS_NULL, "yes"))
        .hasMessageContaining("'Email': IS_NULL takes a Boolean");
    assertThatThrownBy(() -> q.where(" ", Query.Op.EQ, "x"))
        .hasMessageContaining("field name must not be blank");
    assertThatThrownBy(() -> q.limit(0)).hasMessageContaining("limit must be positive: 0");
  }
}
