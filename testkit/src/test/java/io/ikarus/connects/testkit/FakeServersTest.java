package io.ikarus.connects.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class FakeServersTest {

  @Test
  void startsSalesforceOnTheChosenPortWithSampleData() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    try (FakeServers servers = FakeServers.start("salesforce:" + port)) {
      assertThat(servers.banner()).contains("http://127.0.0.1:" + port, "FAKESECURITYTOKEN");
      OkHttpClient client = new OkHttpClient();
      FormBody login =
          new FormBody.Builder()
              .add("grant_type", "password")
              .add("client_id", "3MVG9FAKECONSUMERKEY")
              .add("client_secret", "FAKECONSUMERSECRET")
              .add("username", "admin@fake.example.com")
              .add("password", "fake-passwordFAKESECURITYTOKEN")
              .build();
      String base = "http://127.0.0.1:" + port;
      String token;
      try (Response r =
          client
              .newCall(
                  new Request.Builder().url(base + "/services/oauth2/token").post(login).build())
              .execute()) {
        token = SfHttp.MAPPER.readTree(r.body().string()).get("access_token").asText();
      }
      Request query =
          new Request.Builder()
              .url(base + "/services/data/v66.0/query?q=SELECT+Name+FROM+Account")
              .header("Authorization", "Bearer " + token)
              .build();
      try (Response r = client.newCall(query).execute()) {
        assertThat(SfHttp.MAPPER.readTree(r.body().string()).get("totalSize").asInt()).isEqualTo(3);
      }
    }
  }

  @Test
  void refusesUnknownVendorsAndBadSpecs() {
    assertThatThrownBy(() -> FakeServers.start("zoho:0"))
        .hasMessageContaining("unknown fake 'zoho'");
    assertThatThrownBy(() -> FakeServers.start("salesforce"))
        .hasMessageContaining("<vendor>:<port>");
    assertThatThrownBy(() -> FakeServers.start("salesforce:x"))
        .hasMessageContaining("not a number");
  }
}
