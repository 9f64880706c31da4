package io.ikarus.connects.hubspot.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.Query;
import io.ikarus.connects.Query.Op;
import io.ikarus.connects.error.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchBodiesTest {

  @Test
  void translatesEveryOperatorWithStringValues() {
    Query q =
        Query.of("contacts")
            .where("email", Op.EQ, "a\"b'c\\d")
            .where("amount", Op.NE, new BigDecimal("1.50"))
            .where("age", Op.GT, 3)
            .where("lastmodifieddate", Op.LTE, Instant.ofEpochMilli(42))
            .where("city", Op.IN, List.of("Oslo", "Bergen"))
            .where("company", Op.CONTAINS, "acme")
            .where("phone", Op.IS_NULL, true)
            .where("website", Op.IS_NULL, false);

    List<Map<String, Object>> filters = SearchBodies.filters(q);

    assertThat(filters)
        .containsExactly(
            Map.of("propertyName", "email", "operator", "EQ", "value", "a\"b'c\\d"),
            Map.of("propertyName", "amount", "operator", "NEQ", "value", "1.50"),
            Map.of("propertyName", "age", "operator", "GT", "value", "3"),
            Map.of("propertyName", "lastmodifieddate", "operator", "LTE", "value", "42"),
            Map.of("propertyName", "city", "operator", "IN", "values", List.of("Oslo", "Bergen")),
            Map.of("propertyName", "company", "operator", "CONTAINS_TOKEN", "value", "*acme*"),
            Map.of("propertyName", "phone", "operator", "NOT_HAS_PROPERTY"),
            Map.of("propertyName", "website", "operator", "HAS_PROPERTY"));
  }

  @Test
  void modifiedSinceUsesTheObjectsModifiedProperty() {
    Instant since = Instant.ofEpochMilli(1_700_000_000_000L);

    assertThat(SearchBodies.filters(Query.of("contacts").modifiedSince(since)))
        .containsExactly(
            Map.of(
                "propertyName", "lastmodifieddate", "operator", "GTE", "value", "1700000000000"));
    assertThat(SearchBodies.filters(Query.of("deals").modifiedSince(since)).get(0))
        .containsEntry("propertyName", "hs_lastmodifieddate");
  }

  @Test
  void refusesNamesThatAreNotIdentifiersAndLiteralWildcards() {
    assertThatThrownBy(() -> SearchBodies.filters(Query.of("contacts").where("a b", Op.EQ, "x")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("a b");
    assertThatThrownBy(
            () -> SearchBodies.filters(Query.of("contacts").where("email", Op.CONTAINS, "a*")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("'*'");
  }

  @Test
  void buildsBodyAndCapsPageAndFilterCount() {
    Map<String, Object> body =
        SearchBodies.body(
            List.of(SearchBodies.idAbove("10")),
            List.of(SearchBodies.sort("hs_object_id", true)),
            List.of("email"),
            500,
            null);

    assertThat(body)
        .containsEntry("limit", 200)
        .containsEntry("properties", List.of("email"))
        .doesNotContainKey("after");
    assertThat(body.get("filterGroups").toString()).contains("hs_object_id", "GT", "10");
    List<Map<String, Object>> eleven = java.util.Collections.nCopies(11, SearchBodies.idAbove("1"));
    assertThatThrownBy(() -> SearchBodies.body(eleven, List.of(), List.of(), 10, null))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("at most 10");
  }

  @Test
  void keysetPagingOnlyForIdOrder() {
    assertThat(SearchBodies.keysetPageable(Query.of("contacts"))).isTrue();
    assertThat(SearchBodies.keysetPageable(Query.of("contacts").orderBy("hs_object_id", true)))
        .isTrue();
    assertThat(SearchBodies.keysetPageable(Query.of("contacts").orderBy("email", true))).isFalse();
  }
}
