package io.ikarus.connects.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class FakeHubSpotTest {

  @Test
  void servesTheApiOverHttpAndJournalsEachCall() throws IOException, InterruptedException {
    try (FakeHubSpot hs = FakeHubSpot.builder().sampleData(true).start()) {
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(hs.url() + "/crm/v3/objects/contacts?limit=2"))
                      .header("Authorization", "Bearer " + hs.privateAppToken())
                      .build(),
                  HttpResponse.BodyHandlers.ofString());

      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).contains("sample1@example.com").contains("\"after\"");
      assertThat(hs.journal().count("GET", "/crm/v3/objects/contacts")).isEqualTo(1);
      assertThat(hs.count("contacts")).isEqualTo(5);
    }
  }

  @Test
  void runsStandaloneThroughFakeServers() {
    try (FakeServers servers = FakeServers.start("hubspot:0")) {
      assertThat(servers.banner()).contains("hubspot", "/crm/v3", "pat-na1-", "/oauth/v1/token");
    }
  }
}
