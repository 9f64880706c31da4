package io.ikarus.connects.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FakeCrmExtensionTest {

  @RegisterExtension
  static final FakeCrmExtension<FakeHubSpot> SHARED = FakeHubSpot.builder().extension();

  @RegisterExtension final FakeCrmExtension<FakeMonday> own = FakeMonday.builder().extension();

  private static String firstPort;

  @Test
  void eachTestStartsWithAnEmptyJournalAndNoFaults() throws Exception {
    FakeHubSpot hs = SHARED.fake();
    assertThat(hs.journal().count()).isZero();
    rememberPort(hs);
    hs.faults().failNext(5, 503);
    assertThat(get(hs, "/crm/v3/objects/contacts")).isEqualTo(503);
    assertThat(hs.journal().count()).isEqualTo(1);
  }

  @Test
  void theStaticFakeIsSharedAndResetBeforeTheNextTest() throws Exception {
    FakeHubSpot hs = SHARED.fake();
    assertThat(hs.journal().count()).isZero();
    rememberPort(hs);
    // a fault left over from another test would answer 503; a reset fake answers 401 (no token)
    assertThat(get(hs, "/crm/v3/objects/contacts")).isEqualTo(401);
  }

  @Test
  void anInstanceFieldGivesEveryTestItsOwnRunningFake() throws Exception {
    assertThat(own.fake().journal().count()).isZero();
    assertThat(get(own.fake(), "/v2")).isNotZero();
  }

  @Test
  void aFakeOutsideItsLifecycleIsRefused() {
    FakeCrmExtension<FakeHubSpot> idle = FakeHubSpot.builder().extension();
    assertThatThrownBy(idle::fake).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void everyFakeIsAFakeCrmWithUniformNames() {
    try (FakeSalesforce sf = FakeSalesforce.start();
        FakeDynamics d = FakeDynamics.start();
        FakePipedrive pd = FakePipedrive.start()) {
      for (FakeCrm fake : List.<FakeCrm>of(sf, d, pd, SHARED.fake(), own.fake())) {
        assertThat(fake.url()).startsWith("http://127.0.0.1:");
        assertThat(fake.authUrl()).startsWith(fake.url());
        assertThat(fake.clock()).isNotNull();
        fake.expireTokens();
      }
    }
  }

  @Nested
  class InANestedClass {
    @Test
    void theOuterFakeIsSharedNotRestarted() throws Exception {
      assertThat(SHARED.fake().journal().count()).isZero();
      rememberPort(SHARED.fake());
    }
  }

  private static synchronized void rememberPort(FakeCrm fake) {
    if (firstPort == null) {
      firstPort = fake.url();
    }
    assertThat(fake.url()).isEqualTo(firstPort);
  }

  private static int get(FakeCrm fake, String path) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(fake.url() + path)).GET().build();
    return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
