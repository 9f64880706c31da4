package io.ikarus.connects.testkit;

import static org.assertj.core.api.Assertions.assertThat;

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
}
