package io.ikarus.connects.testkit.internal.hubspot;

import static io.ikarus.connects.testkit.internal.hubspot.ApiHarness.json;
import static io.ikarus.connects.testkit.internal.hubspot.ApiHarness.q;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HubSpotApiSearchTest {

  private final ApiHarness hs = new ApiHarness(Clock.systemUTC());

  @BeforeEach
  void seed() {
    String[][] rows = {
      {"Ada", "ada@acme.com", "5"}, {"Bob", "bob@acme.com", "50"}, {"Cy", "cy@other.org", "500"}
    };
    for (String[] r : rows) {
      hs.post(
          "/crm/v3/objects/companies",
          q(
              "{'properties':{'name':'"
                  + r[0]
                  + "','domain':'"
                  + r[1].split("@")[1]
                  + "','numberofemployees':'"
                  + r[2]
                  + "'}}"));
    }
  }

  private List<String> names(String body) {
    JsonNode r = json(hs.post("/crm/v3/objects/companies/search", q(body)));
    return r.path("results").findValuesAsText("name");
  }

  @Test
  void filterGroupsAreOrOfAnds() {
    assertThat(
            names(
                "{'properties':['name'],'filterGroups':["
                    + "{'filters':[{'propertyName':'domain','operator':'EQ','value':'acme.com'},"
                    + "{'propertyName':'numberofemployees','operator':'GT','value':'10'}]},"
                    + "{'filters':[{'propertyName':'name','operator':'EQ','value':'Cy'}]}]}"))
        .containsExactly("Bob", "Cy");
  }

  @Test
  void operatorsCompareNumbersNumerically() {
    String base = "{'properties':['name'],'filterGroups':[{'filters':[%s]}]}";
    assertThat(
            names(
                String.format(
                    base,
                    "{'propertyName':'numberofemployees','operator':'BETWEEN','value':'6','highValue':'500'}")))
        .containsExactly("Bob", "Cy");
    assertThat(
            names(
                String.format(
                    base, "{'propertyName':'name','operator':'IN','values':['Ada','Cy']}")))
        .containsExactly("Ada", "Cy");
    assertThat(
            names(
                String.format(
                    base,
                    "{'propertyName':'domain','operator':'CONTAINS_TOKEN','value':'*acme*'}")))
        .containsExactly("Ada", "Bob");
    assertThat(
            names(String.format(base, "{'propertyName':'industry','operator':'NOT_HAS_PROPERTY'}")))
        .hasSize(3);
    assertThat(
            names(
                "{'properties':['name'],'sorts':[{'propertyName':'numberofemployees',"
                    + "'direction':'DESCENDING'}]}"))
        .containsExactly("Cy", "Bob", "Ada");
  }

  @Test
  void sortsByEachKeyInTurnWithMissingValuesLastThenById() {
    hs.post("/crm/v3/objects/companies", q("{'properties':{'name':'Dee','domain':'acme.com'}}"));
    hs.post("/crm/v3/objects/companies", q("{'properties':{'name':'Eve'}}"));
    String byDomainThenEmployees =
        "{'properties':['name'],'sorts':[{'propertyName':'domain','direction':'%s'},"
            + "{'propertyName':'numberofemployees','direction':'DESCENDING'}]}";

    assertThat(names(byDomainThenEmployees.formatted("DESCENDING")))
        .containsExactly("Cy", "Bob", "Ada", "Dee", "Eve");
    assertThat(names(byDomainThenEmployees.formatted("ASCENDING")))
        .containsExactly("Bob", "Ada", "Dee", "Cy", "Eve");
    assertThat(names("{'properties':['name'],'sorts':[{'propertyName':'industry'}]}"))
        .containsExactly("Ada", "Bob", "Cy", "Dee", "Eve");
  }

  @Test
  void pagesAndStopsAtTheResultCap() {
    JsonNode page = json(hs.post("/crm/v3/objects/companies/search", q("{'limit':2}")));

    assertThat(page.path("total").asInt()).isEqualTo(3);
    assertThat(page.path("paging").path("next").path("after").asText()).isEqualTo("2");
    assertThat(hs.post("/crm/v3/objects/companies/search", q("{'limit':201}")).status())
        .isEqualTo(400);
    assertThat(
            hs.post("/crm/v3/objects/companies/search", q("{'limit':200,'after':'9900'}")).status())
        .isEqualTo(400);
  }

  @Test
  void refusesACursorSoLargeThatAfterPlusLimitOverflows() {
    String body = q("{'limit':10,'after':'2147483647'}");

    assertThat(hs.post("/crm/v3/objects/companies/search", body).status()).isEqualTo(400);
  }

  @Test
  void refusesUnknownPropertiesAndTooManyFilters() {
    assertThat(
            hs.post(
                    "/crm/v3/objects/companies/search",
                    q(
                        "{'filterGroups':[{'filters':"
                            + "[{'propertyName':'nope','operator':'EQ','value':'1'}]}]}"))
                .status())
        .isEqualTo(400);
    StringBuilder eleven = new StringBuilder();
    for (int i = 0; i < 11; i++) {
      eleven.append(i == 0 ? "" : ",").append("{'propertyName':'name','operator':'HAS_PROPERTY'}");
    }
    assertThat(
            hs.post(
                    "/crm/v3/objects/companies/search",
                    q("{'filterGroups':[{'filters':[" + eleven + "]}]}"))
                .status())
        .isEqualTo(400);
  }
}
