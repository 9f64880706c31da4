package io.ikarus.connects.salesforce.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.Query;
import io.ikarus.connects.Query.Op;
import io.ikarus.connects.error.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoqlWriterTest {

  @Test
  void writesSelectWhereOrderLimit() {
    Query q =
        Query.of("Contact")
            .fields("Email", "Account.Name")
            .where("LastName", Op.EQ, "Lovelace")
            .where("Age__c", Op.GTE, 36)
            .where("Amount", Op.LT, new BigDecimal("1000.50"))
            .where("Active__c", Op.NE, false)
            .where("Birthdate", Op.GT, LocalDate.of(1815, 12, 10))
            .where("Phone", Op.IS_NULL, true)
            .where("Fax", Op.IS_NULL, false)
            .where("Status", Op.IN, List.of("Open", "Closed"))
            .modifiedSince(Instant.parse("2024-01-02T03:04:05.678Z"))
            .orderBy("LastName", true)
            .orderBy("CreatedDate", false)
            .limit(10);

    assertThat(SoqlWriter.write(q, List.of()))
        .isEqualTo(
            "SELECT Id, Email, Account.Name FROM Contact WHERE LastName = 'Lovelace'"
                + " AND Age__c >= 36 AND Amount < 1000.50 AND Active__c != false"
                + " AND Birthdate > 1815-12-10 AND Phone = null AND Fax != null"
                + " AND Status IN ('Open', 'Closed') AND SystemModstamp >= 2024-01-02T03:04:05Z"
                + " ORDER BY LastName ASC, CreatedDate DESC LIMIT 10");
  }

  @Test
  void usesDefaultFieldsWhenNoneRequested() {
    assertThat(SoqlWriter.write(Query.of("Lead"), List.of("Id", "LastName", "Company")))
        .isEqualTo("SELECT Id, LastName, Company FROM Lead");
  }

  @Test
  void hostileValuesStayInsideOneLiteral() {
    String[] hostile = {
      "x' OR Name != '",
      "back\\slash' OR '1'='1",
      "100%_off",
      "line\nbreak\r\ttab",
      "\\'",
      "'",
      "\\",
      "quote\"double",
      "nul\u0000bell\u0007",
      "emoji 😀 ü"
    };
    for (String value : hostile) {
      String eq = SoqlWriter.condition(new Query.Filter("Name", Op.EQ, value));
      assertThat(eq).startsWith("Name = '");
      assertThat(unquote(eq.substring("Name = ".length()), false)).isEqualTo(value);

      String like = SoqlWriter.condition(new Query.Filter("Name", Op.CONTAINS, value));
      assertThat(like).startsWith("Name LIKE '%").endsWith("%'");
      String pattern = unquote(like.substring("Name LIKE ".length()), true);
      assertThat(pattern).isEqualTo("%" + value + "%");
    }
  }

  @Test
  void likeEscapesWildcardsButEqualityDoesNot() {
    assertThat(SoqlWriter.condition(new Query.Filter("Name", Op.CONTAINS, "50%_a")))
        .isEqualTo("Name LIKE '%50\\%\\_a%'");
    assertThat(SoqlWriter.condition(new Query.Filter("Name", Op.EQ, "50%_a")))
        .isEqualTo("Name = '50%_a'");
  }

  @Test
  void refusesFieldAndObjectNamesThatAreNotIdentifiers() {
    assertThatThrownBy(
            () -> SoqlWriter.write(Query.of("Contact").fields("Id FROM User --"), List.of()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("field name");
    assertThatThrownBy(
            () -> SoqlWriter.write(Query.of("Contact").where("a=b OR c", Op.EQ, 1), List.of()))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).fields()).containsExactly("a=b OR c"));
    assertThatThrownBy(() -> SoqlWriter.write(Query.of("Contact WHERE"), List.of()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("object name");
  }

  @Test
  void refusesValuesWithoutSoqlForm() {
    assertThatThrownBy(
            () -> SoqlWriter.write(Query.of("A").where("N", Op.EQ, Double.NaN), List.of()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("'N'");
    assertThatThrownBy(
            () -> SoqlWriter.write(Query.of("A").where("N", Op.EQ, List.of()), List.of()))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> SoqlWriter.write(Query.of("A").where("N", Op.CONTAINS, 5), List.of()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("CONTAINS");
  }

  /**
   * Reads a SOQL string literal the way Salesforce does and requires that it spans the whole input:
   * if an escape were missing, the literal would end early and this would fail.
   */
  private static String unquote(String literal, boolean like) {
    assertThat(literal).startsWith("'");
    StringBuilder out = new StringBuilder();
    int i = 1;
    while (true) {
      char c = literal.charAt(i);
      if (c == '\'') {
        assertThat(i)
            .as("literal ends at the end of the condition")
            .isEqualTo(literal.length() - 1);
        return out.toString();
      }
      if (c == '\\') {
        char e = literal.charAt(++i);
        switch (e) {
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case '\'', '"', '\\' -> out.append(e);
          case '%', '_' -> {
            assertThat(like).as("\\% and \\_ are legal only in LIKE").isTrue();
            out.append(e);
          }
          case 'u' -> {
            out.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
            i += 4;
          }
          default -> throw new AssertionError("illegal escape \\" + e);
        }
      } else {
        assertThat(c).as("raw control character").isGreaterThanOrEqualTo(' ');
        if (like && (c == '%' || c == '_')) {
          boolean edge = i == 1 || i == literal.length() - 2;
          assertThat(c == '%' && edge).as("unescaped wildcard only at the ends").isTrue();
        }
        out.append(c);
      }
      i++;
    }
  }
}
