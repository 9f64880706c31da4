package io.ikarus.connects.spi;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.auth.AuthProvider;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The base of every connector's builder: credentials, transport options, the vendor's base URL and
 * auth URL, and the default object. A connector's {@code Builder extends ConnectorBuilder<Builder>}
 * adds its vendor settings and a {@code build()}. Not thread-safe.
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

  /** The credentials, or null when none were set. */
  protected final AuthProvider auth() {
    return auth;
  }

  /** The transport options, never null. */
  protected final ClientOptions options() {
    return options;
  }

  /** The base URL set on this builder; empty for the vendor default. */
  protected final Optional<URI> baseUrl() {
    return Optional.ofNullable(baseUrl);
  }

  /** The auth URL set on this builder; empty for the vendor default. */
  protected final Optional<URI> authUrl() {
    return Optional.ofNullable(authUrl);
  }

  /** The default object; empty when none was set. */
  protected final Optional<String> defaultObject() {
    return Optional.ofNullable(defaultObject);
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
