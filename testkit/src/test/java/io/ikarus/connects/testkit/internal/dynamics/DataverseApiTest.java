package io.ikarus.connects.testkit.internal.dynamics;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.spi.HttpMultipart;
import io.ikarus.connects.testkit.FakeRequest;
import io.ikarus.connects.testkit.FakeResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DataverseApiTest {

  private static final String BASE = "http://127.0.0.1:1/api/data/v9.2/";

  private final DataverseApi api =
      new DataverseApi(
          BASE,
          Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC),
          UUID.randomUUID());

  private FakeResponse call(
      String method, String resource, Map<String, String> query, String body, String... headers) {
    Map<String, String> h = new LinkedHashMap<>();
    for (int i = 0; i < headers.length; i += 2) {
      h.put(headers[i], headers[i + 1]);
    }
    StringBuilder target = new StringBuilder(resource);
    query.forEach(
        (k, v) ->
            target
                .append(target.indexOf("?") < 0 ? '?' : '&')
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return api.handle(FakeRequest.of(method, OData.ROOT + target, h, body));
  }

  private String create(String name) {
    FakeResponse r = call("POST", "accounts", Map.of(), "{\"name\":\"" + name + "\"}");
    assertThat(r.status()).isEqualTo(204);
    String entityId = r.header("OData-EntityId");
    return entityId.substring(entityId.indexOf('(') + 1, entityId.length() - 1);
  }

  @Test
  void createsReadsAndFiltersWithEscapedQuotes() {
    String id = create("O'Brien & Sons");
    create("Contoso");

    FakeResponse one = call("GET", "accounts(" + id + ")", Map.of("$select", "name"), "");
    assertThat(one.body()).contains("\"name\":\"O'Brien & Sons\"").contains("$entity");

    FakeResponse list =
        call(
            "GET",
            "accounts",
            Map.of("$filter", "name eq 'O''Brien & Sons'", "$count", "true"),
            "");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).contains("\"@odata.count\":1").contains(id);
  }

  @Test
  void wrongCaseIsRejectedLikeDataverse() {
    assertThat(call("GET", "Accounts", Map.of(), "").body()).contains("0x8006088a");
    FakeResponse badProperty = call("GET", "accounts", Map.of("$select", "Name"), "");
    assertThat(badProperty.status()).isEqualTo(400);
    assertThat(badProperty.body()).contains("Could not find a property named 'Name'");
  }

  @Test
  void keyValuesAreODataLiteralsAndAMalformedOneIsA400() {
    String id = create("Keyed");

    assertThat(call("GET", "accounts(accountid=" + id + ")", Map.of(), "").body()).contains(id);
    for (String malformed :
        List.of("accountnumber=abc", "accountnumber=null", "accountid='abc'", "accountnumber")) {
      FakeResponse r = call("GET", "accounts(" + malformed + ")", Map.of(), "");
      assertThat(r.status()).as(malformed).isEqualTo(400);
    }
    assertThat(call("GET", "EntityDefinitions(LogicalName=account)", Map.of(), "").status())
        .isEqualTo(400);
  }

  @Test
  void pagesWithMaxPageSizeAndSkipToken() {
    for (int i = 0; i < 5; i++) {
      create("a" + i);
    }
    FakeResponse first = call("GET", "accounts", Map.of(), "", "Prefer", "odata.maxpagesize=2");
    assertThat(first.header("Preference-Applied")).isEqualTo("odata.maxpagesize=2");
    assertThat(first.records()).isEqualTo(2);
    String next = OData.object(first.body()).get("@odata.nextLink").toString();
    assertThat(next).startsWith(BASE + "accounts?").contains("%24skiptoken=");
    FakeResponse second =
        call("GET", next.substring(BASE.length()), Map.of(), "", "Prefer", "odata.maxpagesize=2");
    assertThat(second.records()).isEqualTo(2);
  }

  @Test
  void upsertByAlternateKeyHonoursConditionalHeaders() {
    String key = "accounts(accountnumber='A-1')";
    assertThat(call("PATCH", key, Map.of(), "{\"name\":\"x\"}", "If-Match", "*").status())
        .isEqualTo(404);
    FakeResponse created =
        call("PATCH", key, Map.of(), "{\"name\":\"x\"}", "Prefer", "return=representation");
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.body()).contains("\"accountnumber\":\"A-1\"");
    FakeResponse updated =
        call("PATCH", key, Map.of(), "{\"name\":\"y\"}", "Prefer", "return=representation");
    assertThat(updated.status()).isEqualTo(200);
    assertThat(call("PATCH", key, Map.of(), "{\"name\":\"z\"}", "If-None-Match", "*").status())
        .isEqualTo(412);
  }

  @Test
  void writesReturningRepresentationHonourSelect() {
    FakeResponse created =
        call(
            "POST",
            "accounts",
            Map.of("$select", "name"),
            "{\"name\":\"Sel\",\"accountnumber\":\"S-1\"}",
            "Prefer",
            "return=representation");
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.body()).contains("\"name\":\"Sel\"").doesNotContain("accountnumber");
    Object id = OData.object(created.body()).get("accountid");
    FakeResponse updated =
        call(
            "PATCH",
            "accounts(" + id + ")",
            Map.of("$select", "accountnumber"),
            "{\"name\":\"Sel2\"}",
            "Prefer",
            "return=representation");
    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.body()).contains("\"accountnumber\":\"S-1\"").doesNotContain("Sel2");
  }

  @Test
  void writeWithAnUnknownSelectedColumnIsRefusedBeforeItWrites() {
    FakeResponse refused =
        call(
            "POST",
            "accounts",
            Map.of("$select", "nosuchcolumn"),
            "{\"name\":\"Ghost\"}",
            "Prefer",
            "return=representation");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("nosuchcolumn");
    FakeResponse ghosts = call("GET", "accounts", Map.of("$filter", "name eq 'Ghost'"), "");
    assertThat(ghosts.body()).doesNotContain("Ghost");
  }

  @Test
  void changeSetRollsBackAndContinueOnErrorKeepsLaterSets() {
    String ok = message("1", "{\"name\":\"good\"}");
    String bad = message("2", "{\"name\":\"" + "x".repeat(200) + "\"}");
    String body =
        "--b\r\nContent-Type: multipart/mixed; boundary=c1\r\n\r\n--c1\r\n"
            + ok
            + "--c1\r\n"
            + bad
            + "--c1--\r\n--b\r\nContent-Type: multipart/mixed; boundary=c2\r\n\r\n--c2\r\n"
            + message("3", "{\"name\":\"later\"}")
            + "--c2--\r\n--b--\r\n";
    FakeResponse r =
        call(
            "POST",
            "$batch",
            Map.of(),
            body,
            "Content-Type",
            "multipart/mixed; boundary=b",
            "Prefer",
            "odata.continue-on-error");

    assertThat(r.status()).isEqualTo(200);
    List<HttpMultipart.Part> parts =
        HttpMultipart.parse(HttpMultipart.boundary(r.header("Content-Type")), r.body());
    HttpMultipart.Message failed = (HttpMultipart.Message) parts.get(0);
    assertThat(failed.status()).isEqualTo(400);
    assertThat(failed.partHeader("Content-ID")).isEqualTo("2");
    assertThat(failed.body()).contains("0x80044331");
    assertThat(parts.get(1)).isInstanceOf(HttpMultipart.Group.class);
    assertThat(api.count("accounts")).isEqualTo(1);
  }

  @Test
  void aBatchFramedWithBareLineFeedsIsRefusedAsByAStrictMimeReader() {
    String body = ("--b\n" + message("1", "{\"name\":\"lf\"}") + "--b--\n").replace("\r\n", "\n");
    FakeResponse r =
        call("POST", "$batch", Map.of(), body, "Content-Type", "multipart/mixed; boundary=b");

    assertThat(r.status()).isEqualTo(400);
    assertThat(api.count("accounts")).isZero();
  }

  @Test
  void aBatchWithoutItsClosingDelimiterIsRefused() {
    String body = "--b\r\n" + message("1", "{\"name\":\"open\"}");
    FakeResponse r =
        call("POST", "$batch", Map.of(), body, "Content-Type", "multipart/mixed; boundary=b");

    assertThat(r.status()).isEqualTo(400);
    assertThat(api.count("accounts")).isZero();
  }

  @Test
  void changeTrackingReportsUpdatesAndDeletions() {
    String a = create("a");
    String b = create("b");
    FakeResponse initial =
        call("GET", "accounts", Map.of("$select", "name"), "", "Prefer", "odata.track-changes");
    String delta = OData.object(initial.body()).get("@odata.deltaLink").toString();
    call("PATCH", "accounts(" + a + ")", Map.of(), "{\"name\":\"a2\"}", "If-Match", "*");
    call("DELETE", "accounts(" + b + ")", Map.of(), "");

    FakeResponse changes = call("GET", delta.substring(BASE.length()), Map.of(), "");

    assertThat(changes.body())
        .contains("\"name\":\"a2\"")
        .contains("$deletedEntity")
        .contains("\"id\":\"" + b + "\"")
        .contains("\"reason\":\"deleted\"")
        .contains("/$delta");
  }

  @Test
  void whoAmIAnswersGetOnlyAndActionsCheckTheirParameters() {
    assertThat(call("GET", "WhoAmI", Map.of(), "").body()).contains("UserId");
    assertThat(call("POST", "WhoAmI", Map.of(), "").status()).isEqualTo(404);
    FakeResponse score =
        call("POST", "new_CalculateScore", Map.of(), "{\"Revenue\": 5000.5, \"Employees\": 10}");
    assertThat(score.body()).contains("\"Score\":15.0005");
    assertThat(
            call("POST", "new_CalculateScore", Map.of(), "{\"Revenue\": \"x\", \"Employees\": 1}")
                .status())
        .isEqualTo(400);
    for (int i = 0; i < 3; i++) {
      assertThat(call("POST", "new_CalculateScore", Map.of(), "{}").body())
          .as("the first missing parameter by name, the same in every JVM")
          .contains("The parameter 'Employees' of the operation");
    }
  }

  @Test
  void inlineFunctionParametersMayHoldCommasInsideQuotes() {
    FakeResponse r =
        call("GET", "RetrieveTotalRecordCount(EntityNames='account,contact')", Map.of(), "");

    // the quoted comma stays inside the one string literal, which is then refused by type
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body()).contains("The parameter 'EntityNames' must be a collection of strings.");
  }

  @Test
  void inlineFunctionParametersMayBeArraysOfSeveralElements() {
    FakeResponse r =
        call(
            "GET", "RetrieveTotalRecordCount(EntityNames=[\"account\",\"contact\"])", Map.of(), "");

    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.body()).contains("\"account\"", "\"contact\"");
  }

  private static String message(String contentId, String json) {
    return "Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\nContent-ID: "
        + contentId
        + "\r\n\r\nPOST "
        + BASE
        + "accounts HTTP/1.1\r\nContent-Type: application/json\r\n\r\n"
        + json
        + "\r\n";
  }
}
