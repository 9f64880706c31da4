package io.ikarus.connects.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeTradeIndiaTest {

  private static final String AUTH = "/utils/my_inquiry.html?userid=u1&profile_id=p1&key=k1";

  private final FakeTradeIndia tradeindia =
      FakeTradeIndia.start(
          MutableClock.at(Instant.parse("2026-12-01T10:00:00Z")), "u1", "p1", "k1");
  private final OkHttpClient client = new OkHttpClient();

  @AfterEach
  void close() {
    tradeindia.close();
  }

  private String get(String query) throws IOException {
    Request request = new Request.Builder().url(tradeindia.url() + AUTH + query).build();
    try (Response response = client.newCall(request).execute()) {
      assertThat(response.code()).as(query).isEqualTo(200);
      return response.body().string();
    }
  }

  @Test
  void missingDatesAndPagesBeyondIntAreBodyErrorsOrEmptyPagesNever500() throws IOException {
    tradeindia.addInquiry("Buyer", "9825010000", null);

    assertThat(get("&to_date=2026-12-01")).contains("Error_Message");
    assertThat(get("&from_date=2026-12-01")).contains("Error_Message");
    String window = "&from_date=2026-12-01&to_date=2026-12-01";
    assertThat(get(window + "&limit=100&page_no=2147483647")).isEqualTo("[]");
    assertThat(get(window + "&limit=2147483647&page_no=2")).isEqualTo("[]");
    assertThat(get(window)).contains("Buyer");
  }
}
