package io.ikarus.connects.spi;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.auth.AuthProvider;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The base of every connector's builder: credentials, transport options, the vendor's base URL and
 * auth URL, the default object and the change feed's lookback. A connector's {@code Builder extends
 * ConnectorBuilder<Builder>} adds its vendor settings and a {@code build()}. The getters are public
 * because the connector's constructor, outside the builder's body, reads them (Java grants it no
 * protected access). Not thread-safe.
 *
 * <pre>{@code
 * public static final class Builder extends ConnectorBuilder<Builder> {
 *   private Builder() { super("AcmeConnector"); }
 *   protected Builder self() { return this; }
 *   public AcmeConnector build() { requireAuth(); return new AcmeConnector(this); }
 * }
 * }</pre>
 *
 * @param <B> the connector's own builder type, returned by every setter
 */
public abstract class ConnectorBuilder<B extends ConnectorBuilder<B>> {

  private final String connector;
  private AuthProvider auth;
  private ClientOptions options = ClientOptions.defaults();
  private URI baseUrl;
  private URI authUrl;
  private String defaultObject;
  private Duration changeLookback;

  /**
   * Creates a builder with nothing set.
   *
   * @param connector the connector's class name, such as {@code "HubSpotConnector"}, for messages
   */
  protected ConnectorBuilder(String connector) {
    this.connector = Objects.requireNonNull(connector, "connector");
  }

  /** This builder, typed as the connector's own. */
  protected abstract B self();

  /** The credentials. Required unless the connector says otherwise. */
  public B auth(AuthProvider auth) {
    this.auth = Objects.requireNonNull(auth, "auth");
    return self();
  }

  /** Transport settings. Default {@link ClientOptions#defaults()}. */
  public B options(ClientOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    return self();
  }

  /**
   * The vendor URL relative request paths resolve against, replacing the vendor default. {@code
   * ClientOptions.baseUrl} overrides it. Must be https (plain http only for loopback hosts).
   */
  public B baseUrl(URI baseUrl) {
    Urls.requireSecure(Objects.requireNonNull(baseUrl, "baseUrl"), "baseUrl");
    this.baseUrl = baseUrl;
    return self();
  }

  /**
   * The server that issues tokens, replacing the vendor default. {@code ClientOptions.authUrl}
   * overrides it. Must be https (plain http only for loopback hosts).
   */
  public B authUrl(URI authUrl) {
    Urls.requireSecure(Objects.requireNonNull(authUrl, "authUrl"), "authUrl");
    this.authUrl = authUrl;
    return self();
  }

  /** The object this connector mostly works with, for hosts that work with one. Default none. */
  public B defaultObject(String object) {
    this.defaultObject = object;
    return self();
  }

  /**
   * How far before the newest stamp it handed out {@code changesSince} reads again, so that a
   * record committed or indexed late is not missed; records found again unchanged are not handed
   * out twice. Default: the connector's, named in its builder's javadoc. A connector whose change
   * feed is exact (Dataverse change tracking) needs none and ignores it.
   *
   * @throws IllegalArgumentException when {@code lookback} is negative
   */
  public B changeLookback(Duration lookback) {
    this.changeLookback = ChangeWindow.requireLookback(lookback);
    return self();
  }

  /** The credentials, or null when none were set. */
  public final AuthProvider auth() {
    return auth;
  }

  /** The transport options, never null. */
  public final ClientOptions options() {
    return options;
  }

  /** The base URL set on this builder; empty for the vendor default. */
  public final Optional<URI> baseUrl() {
    return Optional.ofNullable(baseUrl);
  }

  /** The auth URL set on this builder; empty for the vendor default. */
  public final Optional<URI> authUrl() {
    return Optional.ofNullable(authUrl);
  }

  /** The default object; empty when none was set. */
  public final Optional<String> defaultObject() {
    return Optional.ofNullable(defaultObject);
  }

  /** The change feed's lookback set on this builder; empty for the connector's default. */
  public final Optional<Duration> changeLookback() {
    return Optional.ofNullable(changeLookback);
  }

  /**
   * Checks that credentials were set.
   *
   * @throws IllegalStateException naming the connector when no {@link #auth} was set
   */
  protected final void requireAuth() {
    if (auth == null) {
      throw new IllegalStateException(connector + " needs auth(...)");
    }
  }
}
