package io.ikarus.connects.testkit;

import static io.ikarus.connects.testkit.SalesforceCrudTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FaultsTest extends SalesforceTestSupport {

  @Test
  void failNextAnswersWithTheVendorBodyThenRecovers() {
    sf.faults().failNextWithRetryAfter(2, 503, Duration.ofSeconds(3));

    SfHttp.Answer first = http.get("sobjects/");
    assertError(first, 503, "SERVER_UNAVAILABLE", null);
    assertThat(first.header("Retry-After")).isEqualTo("3");
    assertThat(http.get("sobjects/").status()).isEqualTo(503);
    assertThat(http.get("sobjects/").status()).isEqualTo(200);
    assertThat(sf.journal().calls())
        .extracting(RecordedCall::status)
        .containsExactly(503, 503, 200);
  }

  @Test
  void failuresCanTargetMatchingCallsAndDoNotWrite() {
    sf.faults()
        .respondNext(1, c -> c.method().equals("POST"), 500, "[{\"errorCode\":\"X\"}]", Map.of());

    assertThat(http.get("sobjects/").status()).isEqualTo(200);
    SfHttp.Answer failed = http.post("sobjects/Account/", "{\"Name\":\"A\"}");

    assertThat(failed.status()).isEqualTo(500);
    assertThat(failed.body()).isEqualTo("[{\"errorCode\":\"X\"}]");
    assertThat(sf.count("Account")).isZero();
  }

  @Test
  void droppedConnectionHappensAfterTheWrite() {
    sf.faults().dropConnectionNext(1);

    assertThatThrownBy(() -> http.post("sobjects/Account/", "{\"Name\":\"A\"}"))
        .isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(IOException.class);
    assertThat(sf.count("Account")).isEqualTo(1);
  }

  @Test
  void malformedBodyIsTruncatedJson() {
    sf.faults().malformedBodyNext(1);

    SfHttp.Answer a = http.get("sobjects/");

    assertThat(a.status()).isEqualTo(200);
    assertThatThrownBy(a::json).isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void delayHoldsTheResponse() {
    sf.faults().delayNext(1, Duration.ofMillis(60));
    long start = System.nanoTime();

    http.get("sobjects/");

    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(60));
  }

  @Test
  void tokensExpireAfterTheGivenNumberOfCalls() {
    sf.faults().expireTokensAfter(2);

    assertThat(http.get("sobjects/").status()).isEqualTo(200);
    assertThat(http.get("sobjects/").status()).isEqualTo(200);
    assertThat(http.get("sobjects/").status()).isEqualTo(401);
  }

  @Test
  void journalRecordsMethodPathQueryHeadersBodyAndRecords() {
    http.post("sobjects/Account/", "{\"Name\":\"A\"}");
    http.get("query?q=SELECT+Id+FROM+Account");

    RecordedCall post = sf.journal().calls("POST", sf.dataPath() + "/sobjects").get(0);
    assertThat(post.body()).isEqualTo("{\"Name\":\"A\"}");
    assertThat(post.header("Content-Type")).startsWith("application/json");
    assertThat(post.records()).isEqualTo(1);
    RecordedCall query = sf.journal().last();
    assertThat(query.queryParameter("q")).isEqualTo("SELECT Id FROM Account");
    assertThat(query.records()).isEqualTo(1);
    assertThat(sf.journal().count("GET", sf.dataPath() + "/query")).isEqualTo(1);
    JsonNode none = http.get("query?q=SELECT+Id+FROM+Lead").json();
    assertThat(none.get("totalSize").asInt()).isZero();
  }
}
