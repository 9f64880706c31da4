package io.ikarus.connects.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class FakeDynamicsTest {

  @Test
  void sampleDataLinksTheContactToItsAccount() {
    try (FakeDynamics d365 = FakeDynamics.builder().sampleData(true).start()) {
      assertThat(d365.count("accounts")).isEqualTo(2);
      assertThat(d365.count("contacts")).isEqualTo(1);
      assertThat(d365.count("new_projects")).isEqualTo(1);
    }
  }

  @Test
  void theStandaloneLauncherStartsDynamicsAndPrintsWhereToReachIt() {
    try (FakeServers servers = FakeServers.start("dynamics:0")) {
      assertThat(servers.banner())
          .contains("dynamics")
          .contains("/api/data/v9.2")
          .contains("/oauth2/v2.0/token")
          .contains("/.default");
    }
  }

  @Test
  void theTokenEndpointAcceptsOnlyTheConfiguredClient() throws IOException {
    try (FakeDynamics d365 = FakeDynamics.builder().client("my-app", "my-secret").start()) {
      assertThat(d365.clientId()).isEqualTo("my-app");
      assertThat(token(d365, "my-app", "my-secret")).isEqualTo(200);
      assertThat(token(d365, "my-app", "fake~dataverse~secret")).isEqualTo(401);
    }
  }

  @Test
  void aClientWithoutSecretRefusesEverySecret() throws IOException {
    try (FakeDynamics d365 = FakeDynamics.builder().client("cert-only", null).start()) {
      assertThat(token(d365, "cert-only", "anything")).isEqualTo(401);
    }
  }

  private static int token(FakeDynamics d365, String clientId, String secret) throws IOException {
    FormBody form =
        new FormBody.Builder()
            .add("grant_type", "client_credentials")
            .add("client_id", clientId)
            .add("client_secret", secret)
            .add("scope", d365.apiRoot().replace("/api/data/v9.2", "") + "/.default")
            .build();
    Request request = new Request.Builder().url(d365.tokenUrl()).post(form).build();
    try (Response response = new OkHttpClient().newCall(request).execute()) {
      return response.code();
    }
  }
}
