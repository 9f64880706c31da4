package io.ikarus.connects.testkit;

import static io.ikarus.connects.testkit.SalesforceCrudTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

class SalesforceQueryTest extends SalesforceTestSupport {

  @Test
  void pagesWithNextRecordsUrlHonouringBatchSize() {
    for (int i = 0; i < 450; i++) {
      sf.insert("Account", Map.of("Name", "A" + i, "NumberOfEmployees", i));
    }
    Request first =
        http.request("query?q=" + q("SELECT Id, Name FROM Account"))
            .header("Sforce-Query-Options", "batchSize=200")
            .build();

    JsonNode page = http.call(first).json();
    List<String> names = new ArrayList<>();
    int pages = 1;
    names.addAll(names(page));
    while (!page.get("done").asBoolean()) {
      String next = page.get("nextRecordsUrl").asText();
      assertThat(next).matches("/services/data/v66\\.0/query/01g[0-9A-Za-z]{15}-\\d+");
      page = http.get(next).json();
      names.addAll(names(page));
      pages++;
    }

    assertThat(pages).isEqualTo(3);
    assertThat(page.get("totalSize").asInt()).isEqualTo(450);
    assertThat(page.has("nextRecordsUrl")).isFalse();
    assertThat(names).hasSize(450).doesNotHaveDuplicates();
    assertThat(sf.journal().records("GET", sf.dataPath() + "/query")).isEqualTo(450);
  }

  @Test
  void recordsCarryAttributesAndOnlySelectedFields() {
    sf.insert("Contact", Map.of("LastName", "O'Brien", "Email", "ob@example.com"));

    JsonNode r =
        query("SELECT LastName, Email FROM Contact WHERE LastName = 'O\\'Brien'")
            .get("records")
            .get(0);

    assertThat(r.get("attributes").get("type").asText()).isEqualTo("Contact");
    assertThat(r.get("attributes").get("url").asText())
        .startsWith(sf.dataPath() + "/sobjects/Contact/003");
    assertThat(r.fieldNames()).toIterable().containsExactly("attributes", "LastName", "Email");
  }

  @Test
  void queryAllIncludesDeletedRows() {
    String kept = sf.insert("Lead", Map.of("LastName", "K", "Company", "C"));
    String gone = sf.insert("Lead", Map.of("LastName", "G", "Company", "C"));
    http.delete("sobjects/Lead/" + gone);

    assertThat(query("SELECT Id FROM Lead").get("totalSize").asInt()).isEqualTo(1);
    JsonNode all =
        http.get("queryAll?q=" + q("SELECT Id, IsDeleted FROM Lead ORDER BY LastName")).json();
    assertThat(all.get("totalSize").asInt()).isEqualTo(2);
    assertThat(all.get("records").get(0).get("Id").asText()).isEqualTo(gone);
    assertThat(all.get("records").get(0).get("IsDeleted").asBoolean()).isTrue();
    assertThat(all.get("records").get(1).get("Id").asText()).isEqualTo(kept);
  }

  @Test
  void countOrderLimitAndOffset() {
    for (String n : new String[] {"b", "C", "a", "d"}) {
      sf.insert("Account", Map.of("Name", n));
    }
    sf.insert("Account", Map.of("Name", "z", "Industry", "Banking"));

    assertThat(query("SELECT COUNT() FROM Account").get("totalSize").asInt()).isEqualTo(5);
    assertThat(query("SELECT COUNT() FROM Account").get("records")).isEmpty();
    assertThat(names(query("SELECT Name FROM Account ORDER BY Name DESC LIMIT 2")))
        .containsExactly("z", "d");
    assertThat(names(query("SELECT Name FROM Account ORDER BY Name LIMIT 2 OFFSET 1")))
        .containsExactly("b", "C");
    assertThat(names(query("SELECT Name FROM Account ORDER BY Industry NULLS LAST, Name LIMIT 2")))
        .containsExactly("z", "a");
  }

  @Test
  void datetimeLiteralsAreUnquoted() {
    sf.insert("Account", Map.of("Name", "new"));

    assertThat(
            query("SELECT Id FROM Account WHERE SystemModstamp > 2000-01-01T00:00:00Z")
                .get("totalSize")
                .asInt())
        .isEqualTo(1);
    assertError(
        http.get(
            "query?q=" + q("SELECT Id FROM Account WHERE SystemModstamp > '2000-01-01T00:00:00Z'")),
        400,
        "INVALID_FIELD",
        null);
  }

  @Test
  void malformedAndInvalidQueriesUseRealCodes() {
    SfHttp.Answer malformed = http.get("query?q=" + q("SELECT Id FROM Account WHERE"));
    assertError(malformed, 400, "MALFORMED_QUERY", null);
    assertThat(malformed.json().get(0).get("message").asText())
        .isEqualTo(
            "\nSELECT Id FROM Account WHERE\n                            ^\nERROR at Row:1:Column:29\nunexpected token: <EOF>");
    assertError(http.get("query?q=" + q("SELECT Nope FROM Account")), 400, "INVALID_FIELD", null);
    assertError(http.get("query?q=" + q("SELECT Id FROM Nope")), 400, "INVALID_TYPE", null);
    assertError(http.get("query"), 400, "MALFORMED_QUERY", "A query string has to be specified");
    assertError(http.get("query/01gFAKEFAKEFAKEFAK-2000"), 400, "INVALID_QUERY_LOCATOR", null);
  }

  @Test
  void generatedRowsAreQueryableWithoutBeingStored() {
    sf.generateRows("Account", 5000, i -> Map.of("Name", "Gen " + i, "NumberOfEmployees", i));

    JsonNode page = query("SELECT Id, Name FROM Account WHERE NumberOfEmployees >= 4990");

    assertThat(page.get("totalSize").asInt()).isEqualTo(10);
    assertThat(names(page).get(0)).isEqualTo("Gen 4990");
    assertThat(sf.count("Account")).isZero();
  }

  private JsonNode query(String soql) {
    SfHttp.Answer a = http.get("query?q=" + q(soql));
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    return a.json();
  }

  private static List<String> names(JsonNode page) {
    List<String> names = new ArrayList<>();
    page.get("records").forEach(r -> names.add(r.get("Name").asText()));
    return names;
  }

  private static String q(String soql) {
    return URLEncoder.encode(soql, StandardCharsets.UTF_8);
  }
}
