package io.ikarus.connects.testkit.internal.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.testkit.SObjectField;
import io.ikarus.connects.testkit.SObjectFieldType;
import io.ikarus.connects.testkit.SObjectSchema;
import io.ikarus.connects.testkit.internal.ObjectStore;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SoqlBinderTest {

  private static final SObjectSchema THING =
      SObjectSchema.builder("Thing__c")
          .field(SObjectField.builder("Name", SObjectFieldType.STRING).build())
          .field(SObjectField.builder("Size__c", SObjectFieldType.INT).build())
          .field(SObjectField.builder("Active__c", SObjectFieldType.BOOLEAN).build())
          .field(SObjectField.builder("Seen__c", SObjectFieldType.DATETIME).build())
          .build();

  @Test
  void stringEscapesAreDecoded() {
    assertThat(matches("Name = 'it\\'s \\\\ \\\"q\\\" \\n\\t\\r'", "it's \\ \"q\" \n\t\r"))
        .isTrue();
    assertThat(matches("Name = 'ACME'", "acme")).as("text compares ignore case").isTrue();
  }

  @Test
  void likeHonoursWildcardsAndTheirEscapes() {
    assertThat(matches("Name LIKE 'ac%'", "Acme")).isTrue();
    assertThat(matches("Name LIKE 'a_me'", "acme")).isTrue();
    assertThat(matches("Name LIKE '100\\%'", "100%")).isTrue();
    assertThat(matches("Name LIKE '100\\%'", "1000")).isFalse();
    assertThat(matches("Name LIKE 'a\\_b'", "a_b")).isTrue();
    assertThat(matches("Name LIKE 'a\\_b'", "axb")).isFalse();
    assertThat(matches("Name LIKE '%.*%'", "a.*b")).as("regex characters are literal").isTrue();
    assertThat(matches("Name LIKE '%.*%'", "ab")).isFalse();
  }

  @Test
  void likeEscapesOutsideLikeAreMalformed() {
    assertThatThrownBy(() -> plan("Name = '100\\%'"))
        .isInstanceOfSatisfying(
            SfFailure.class, e -> assertThat(e.error().code()).isEqualTo("MALFORMED_QUERY"));
    assertThatThrownBy(() -> plan("Name = 'a\\qb'"))
        .hasMessageContaining("Illegal character sequence");
  }

  @Test
  void andOrNeedParenthesesAndNotNegates() {
    assertThatThrownBy(() -> plan("Name = 'a' AND Size__c = 1 OR Size__c = 2"))
        .hasMessageEndingWith("unexpected token: OR");
    Map<String, Object> row = row("a", 2, true);
    assertThat(test("Name = 'a' AND (Size__c = 1 OR Size__c = 2)", row)).isTrue();
    assertThat(test("(Name = 'b' AND Size__c = 1) OR Size__c = 2", row)).isTrue();
    assertThat(test("NOT Name = 'a'", row)).isFalse();
    assertThat(test("NOT (Name = 'b' OR Active__c = false)", row)).isTrue();
  }

  @Test
  void inNotInAndComparisons() {
    Map<String, Object> row = row("a", 5, false);
    assertThat(test("Size__c IN (1, 5)", row)).isTrue();
    assertThat(test("Size__c NOT IN (1, 5)", row)).isFalse();
    assertThat(test("Name IN ('X', 'A')", row)).isTrue();
    assertThat(test("Size__c > 4 AND Size__c <= 5 AND Size__c != 6 AND Size__c <> 7", row))
        .isTrue();
    assertThat(test("Size__c < 5", row)).isFalse();
    assertThat(test("Active__c = FALSE", row)).isTrue();
  }

  @Test
  void nullChecks() {
    Map<String, Object> row = row(null, 1, true);
    assertThat(test("Name = null", row)).isTrue();
    assertThat(test("Name != null", row)).isFalse();
    assertThat(test("Name != 'x'", row)).as("!= includes nulls in SOQL").isTrue();
    assertThat(test("Name < 'x'", row)).isFalse();
  }

  @Test
  void datetimeLiterals() {
    Map<String, Object> row = row("a", 1, true);
    row.put("Seen__c", Instant.parse("2024-05-01T10:00:00Z"));
    assertThat(test("Seen__c > 2024-05-01T09:59:59Z", row)).isTrue();
    assertThat(test("Seen__c = 2024-05-01T12:00:00+02:00", row)).isTrue();
    assertThat(test("Seen__c < 2024-05-01T10:00:00.000+0000", row)).isFalse();
    assertThatThrownBy(() -> plan("Seen__c > '2024-05-01T10:00:00Z'"))
        .isInstanceOfSatisfying(
            SfFailure.class, e -> assertThat(e.error().code()).isEqualTo("INVALID_FIELD"))
        .hasMessageEndingWith("must be of type dateTime and should not be enclosed in quotes");
    assertThatThrownBy(() -> plan("Size__c = '1'")).hasMessageContaining("must be of type integer");
    assertThatThrownBy(() -> plan("Name = 1")).hasMessageContaining("should be enclosed in quotes");
  }

  @Test
  void malformedQueries() {
    for (String bad :
        new String[] {
          "SELECT FROM Thing__c",
          "SELECT Name Thing__c",
          "SELECT Name FROM Thing__c WHERE Name = 'open",
          "SELECT Name FROM Thing__c WHERE Name",
          "SELECT Name FROM Thing__c WHERE Name IN ()",
          "SELECT Name FROM Thing__c LIMIT x",
          "SELECT Name FROM Thing__c ORDER BY",
          "SELECT Name, Name FROM Thing__c",
          "SELECT Name FROM Thing__c WHERE Name = 'a' garbage"
        }) {
      assertThatThrownBy(() -> bind(bad))
          .as(bad)
          .isInstanceOfSatisfying(
              SfFailure.class, e -> assertThat(e.error().code()).isEqualTo("MALFORMED_QUERY"));
    }
  }

  @Test
  void unknownFieldsRelationshipsAndObjects() {
    assertThatThrownBy(() -> bind("SELECT Nope FROM Thing__c"))
        .hasMessageContaining("No such column 'Nope' on entity 'Thing__c'");
    assertThatThrownBy(() -> bind("SELECT Owner.Name FROM Thing__c"))
        .hasMessageContaining("Didn't understand relationship 'Owner'");
    assertThatThrownBy(() -> bind("SELECT Id FROM Other__c"))
        .isInstanceOfSatisfying(
            SfFailure.class, e -> assertThat(e.error().code()).isEqualTo("INVALID_TYPE"));
  }

  @Test
  void keywordsAndFieldsAreCaseInsensitive() {
    SoqlPlan plan =
        bind("select name, SIZE__C from thing__c where size__c >= 1 order by NAME desc limit 5");

    assertThat(plan.fields()).extracting(SObjectField::name).containsExactly("Name", "Size__c");
    assertThat(plan.limit()).isEqualTo(5);
  }

  private static boolean matches(String where, String name) {
    return test(where, row(name, 1, true));
  }

  private static boolean test(String where, Map<String, Object> values) {
    ObjectStore store = new ObjectStore(Clock.systemUTC(), type -> "001x");
    return plan(where).filter().test(store.define("Thing__c", Set.of()).insert("001x", values));
  }

  private static SoqlPlan plan(String where) {
    return bind("SELECT Name FROM Thing__c WHERE " + where);
  }

  private static SoqlPlan bind(String soql) {
    return SoqlBinder.bind(
        soql, n -> n.equalsIgnoreCase("Thing__c") ? Optional.of(THING) : Optional.empty());
  }

  private static Map<String, Object> row(String name, int size, boolean active) {
    Map<String, Object> row = new HashMap<>();
    row.put("Name", name);
    row.put("Size__c", BigDecimal.valueOf(size));
    row.put("Active__c", active);
    return row;
  }
}
