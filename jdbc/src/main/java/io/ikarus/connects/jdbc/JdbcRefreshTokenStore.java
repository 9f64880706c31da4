package io.ikarus.connects.jdbc;

import io.ikarus.connects.auth.RefreshTokenListener;
import io.ikarus.connects.jdbc.internal.StoreSettings;
import io.ikarus.connects.jdbc.internal.TokenTable;
import io.ikarus.connects.jdbc.internal.Transactions;
import io.ikarus.connects.sync.SyncStateException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Rotating OAuth refresh tokens in a database table ({@code <prefix>refresh_token}), one per name.
 * {@link #listener} commits each new token before it returns, which {@link
 * io.ikarus.connects.auth.OAuth2} waits for before it uses the access token that came with it; so a
 * crash never loses the only valid refresh token. Read the token back at start with {@link #load}.
 * Tokens never appear in messages or {@link #toString()}. Thread-safe.
 *
 * <pre>{@code
 * JdbcRefreshTokenStore tokens = JdbcRefreshTokenStore.open(dataSource);
 * OAuth2 auth = OAuth2.refreshToken(clientId, clientSecret, tokens.load("salesforce").orElseThrow())
 *     .withRefreshTokenListener(tokens.listener("salesforce"));
 * }</pre>
 */
public final class JdbcRefreshTokenStore {

  private final Transactions tx;
  private final TokenTable table;
  private final String prefix;
  private final Clock clock;

  private JdbcRefreshTokenStore(StoreSettings settings) {
    this.tx = settings.transactions();
    this.table = new TokenTable(settings.tables());
    this.prefix = settings.tables().prefix();
    this.clock = Clock.systemUTC();
  }

  /**
   * A store on the {@code ikc_} tables; creates or upgrades them.
   *
   * @throws SyncStateException when the database cannot be reached or upgraded
   */
  public static JdbcRefreshTokenStore open(DataSource dataSource) {
    return open(dataSource, "ikc_");
  }

  /**
   * A store on the tables with {@code tablePrefix} (see {@link
   * JdbcSyncStateStore.Builder#tablePrefix}); creates or upgrades them.
   *
   * @throws SyncStateException when the database cannot be reached or upgraded
   * @throws IllegalArgumentException when the prefix is not a plain identifier start
   */
  public static JdbcRefreshTokenStore open(DataSource dataSource, String tablePrefix) {
    Objects.requireNonNull(dataSource, "dataSource");
    return new JdbcRefreshTokenStore(
        StoreSettings.open(
            dataSource, tablePrefix, true, Duration.ofSeconds(60), Clock.systemUTC()));
  }

  /**
   * The refresh token stored under {@code name}, or empty when none was stored.
   *
   * @throws SyncStateException when the database fails
   */
  public Optional<String> load(String name) {
    Objects.requireNonNull(name, "name");
    return tx.inTransaction("read refresh token " + name, c -> table.read(c, name));
  }

  /**
   * Stores {@code refreshToken} under {@code name}, replacing the previous one, and commits.
   *
   * @throws SyncStateException when the database fails; nothing was stored then
   */
  public void save(String name, String refreshToken) {
    Objects.requireNonNull(name, "name");
    if (refreshToken == null || refreshToken.isBlank()) {
      throw new IllegalArgumentException("refreshToken for " + name + " is null or blank");
    }
    tx.run("store refresh token " + name, c -> table.write(c, name, refreshToken, clock.millis()));
  }

  /** A listener for {@link io.ikarus.connects.auth.OAuth2} that {@link #save saves} under name. */
  public RefreshTokenListener listener(String name) {
    Objects.requireNonNull(name, "name");
    return token -> save(name, token);
  }

  @Override
  public String toString() {
    return "JdbcRefreshTokenStore{" + prefix + "refresh_token}";
  }
}
