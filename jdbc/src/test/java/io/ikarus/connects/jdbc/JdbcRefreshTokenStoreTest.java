package io.ikarus.connects.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.auth.OAuth2;
import io.ikarus.connects.hubspot.HubSpotConnector;
import io.ikarus.connects.sync.SyncStateException;
import io.ikarus.connects.testkit.FakeHubSpot;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Rotating refresh tokens against a fake HubSpot that rotates them, stored in PostgreSQL. */
class JdbcRefreshTokenStoreTest {

  private static final String CLIENT = "fake-client-id";
  private static final String SECRET = "fake-client-secret";

  private final String prefix = TestDatabase.freshPrefix("tok");
  private final JdbcRefreshTokenStore tokens =
      JdbcRefreshTokenStore.open(TestDatabase.dataSource(), prefix);

  private static CrmConnector hubspot(FakeHubSpot hs, OAuth2 auth) {
    return HubSpotConnector.builder()
        .defaultObject("contacts")
        .auth(auth.withTokenEndpoint(URI.create(hs.tokenUrl())))
        .options(ClientOptions.builder().baseUrl(URI.create(hs.url())).build())
        .build();
  }

  @Test
  void aRotatedTokenIsCommittedBeforeItsAccessTokenIsUsedAndIsReadBackAtStart() {
    try (FakeHubSpot hs = FakeHubSpot.builder().rotateRefreshTokens(true).start()) {
      tokens.save("hubspot", hs.issueRefreshToken(CLIENT));
      String first = tokens.load("hubspot").orElseThrow();
      JdbcRefreshTokenStore otherProcess =
          JdbcRefreshTokenStore.open(TestDatabase.dataSource(), prefix);
      List<String> seenElsewhere = new CopyOnWriteArrayList<>();
      OAuth2 auth =
          OAuth2.refreshToken(CLIENT, SECRET, first)
              .withRefreshTokenListener(
                  token -> {
                    tokens.listener("hubspot").onRefreshToken(token);
                    seenElsewhere.add(otherProcess.load("hubspot").orElseThrow());
                  });

      String id = hs.insert("contacts", Map.of("email", "ada@example.com"));
      hubspot(hs, auth).get("contacts", id).join();

      String rotated = tokens.load("hubspot").orElseThrow();
      assertThat(rotated).isNotEqualTo(first);
      assertThat(seenElsewhere).containsExactly(rotated);
      OAuth2 restarted =
          OAuth2.refreshToken(CLIENT, SECRET, otherProcess.load("hubspot").orElseThrow());
      assertThat(hubspot(hs, restarted).get("contacts", id).join().id()).isEqualTo(id);
    }
  }

  @Test
  void tokensAreKeptPerNameAndNeverShownInToString() {
    tokens.save("a", "secret-token-a");
    tokens.save("b", "secret-token-b");
    tokens.save("a", "secret-token-a2");

    assertThat(tokens.load("a")).contains("secret-token-a2");
    assertThat(tokens.load("b")).contains("secret-token-b");
    assertThat(tokens.load("c")).isEmpty();
    assertThat(tokens.toString()).doesNotContain("secret");
  }

  @Test
  void aTokenThatCannotBeStoredFailsTheListenerWithoutShowingIt() {
    TestDatabase.execute("DROP TABLE " + prefix + "refresh_token");

    assertThatThrownBy(() -> tokens.listener("a").onRefreshToken("secret-token-x"))
        .isInstanceOf(SyncStateException.class)
        .hasMessageContaining("store refresh token a")
        .hasMessageNotContaining("secret-token-x");
    assertThatThrownBy(() -> tokens.save("a", " ")).isInstanceOf(IllegalArgumentException.class);
  }
}
