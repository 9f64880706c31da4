package io.ikarus.connects.auth;

import io.ikarus.connects.internal.auth.AuthorizationCodeGrant;
import io.ikarus.connects.internal.auth.Checks;
import io.ikarus.connects.internal.auth.ClientAssertionGrant;
import io.ikarus.connects.internal.auth.ClientSecretGrant;
import io.ikarus.connects.internal.auth.JwtBearerGrant;
import io.ikarus.connects.internal.auth.OAuthSettings;
import io.ikarus.connects.internal.auth.PasswordGrant;
import io.ikarus.connects.internal.auth.RefreshTokenGrant;
import io.ikarus.connects.internal.auth.Secret;
import io.ikarus.connects.internal.auth.TokenSession;
import java.net.URI;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * OAuth 2.0 access tokens from a token endpoint, sent as {@code Authorization: Bearer <token>}.
 *
 * <p>One static factory per grant; further settings are immutable {@code with*} copies. Tokens are
 * cached and replaced {@link #withRefreshSkew refresh skew} before they expire (a token whose
 * response gave no lifetime, like Salesforce's, is kept until the server rejects it). Fetching is
 * single-flight: however many requests need a token at once, one token request runs; many requests
 * rejected with the same token cause one refresh.
 *
 * <p>Thread-safe. Each instance has its own cache; a {@code with*} copy starts with an empty one.
 * {@code toString()} shows the grant, client id, endpoint and scope, never a secret.
 *
 * <pre>{@code
 * AuthProvider auth = OAuth2.clientCredentials(clientId, clientSecret)
 *     .withTokenEndpoint(URI.create("https://login.microsoftonline.com/" + tenant + "/oauth2/v2.0/token"))
 *     .withScope("https://acme.crm4.dynamics.com/.default");
 * }</pre>
 */
public final class OAuth2 implements AuthProvider {

  private final OAuthSettings settings;
  private final TokenSession session;

  private OAuth2(OAuthSettings settings) {
    this.settings = settings;
    this.session = new TokenSession(settings);
  }

  /**
   * The client credentials grant with a client secret: {@code grant_type=client_credentials},
   * {@code client_id}, {@code client_secret} (and {@code scope} when set).
   *
   * @throws IllegalArgumentException when an argument is null or blank
   */
  public static OAuth2 clientCredentials(String clientId, String clientSecret) {
    return new OAuth2(
        OAuthSettings.of(
            new ClientSecretGrant(
                Checks.text("clientId", clientId), Secret.of("clientSecret", clientSecret))));
  }

  /**
   * The client credentials grant with a private-key JWT client assertion (RFC 7523), as the
   * Microsoft identity platform accepts for certificate credentials: an RS256 JWT with the
   * certificate's {@code x5t} and {@code x5t#S256} thumbprints, {@code iss} = {@code sub} = the
   * client id, {@code aud} = the token endpoint (or {@link #withAudience}), a random {@code jti},
   * {@code nbf} = {@code iat} = now and {@code exp} five minutes later, signed anew per request.
   *
   * @throws IllegalArgumentException when {@code clientId} is null or blank
   */
  public static OAuth2 clientCredentials(String clientId, ClientCertificate certificate) {
    return new OAuth2(
        OAuthSettings.of(
            new ClientAssertionGrant(
                Checks.text("clientId", clientId),
                Objects.requireNonNull(certificate, "certificate"))));
  }

  /**
   * The resource owner password grant without a security token; see {@link #password(String,
   * String, String, String, String)}.
   */
  public static OAuth2 password(
      String clientId, String clientSecret, String username, String password) {
    return password(clientId, clientSecret, username, password, null);
  }

  /**
   * The resource owner password grant, Salesforce style: {@code grant_type=password}, {@code
   * client_id}, {@code client_secret}, {@code username} and {@code password} = the password
   * immediately followed by the security token (no separator).
   *
   * @param securityToken Salesforce's security token, or null or empty when the org does not
   *     require one (trusted IP range)
   * @throws IllegalArgumentException when another argument is null or blank
   */
  public static OAuth2 password(
      String clientId,
      String clientSecret,
      String username,
      String password,
      String securityToken) {
    Checks.text("password", password);
    String sent = securityToken == null ? password : password + securityToken;
    return new OAuth2(
        OAuthSettings.of(
            new PasswordGrant(
                Checks.text("clientId", clientId),
                Secret.of("clientSecret", clientSecret),
                Checks.text("username", username),
                Secret.of("password", sent))));
  }

  /**
   * The refresh token grant: {@code grant_type=refresh_token}, {@code refresh_token}, {@code
   * client_id} and {@code client_secret}. When the server rotates the refresh token, the new one
   * replaces the old for later requests and goes to the {@link #withRefreshTokenListener listener}
   * before its access token is used.
   *
   * @param clientSecret the client secret, or null for a public client (then not sent)
   * @throws IllegalArgumentException when {@code clientId} or {@code refreshToken} is null or blank
   */
  public static OAuth2 refreshToken(String clientId, String clientSecret, String refreshToken) {
    return new OAuth2(
        OAuthSettings.of(
            new RefreshTokenGrant(
                Checks.text("clientId", clientId),
                Secret.ofNullable(clientSecret),
                Secret.of("refreshToken", refreshToken))));
  }

  /**
   * The JWT bearer grant (RFC 7523), as Salesforce's server-to-server flow uses it: {@code
   * grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer} and {@code assertion} = an RS256 JWT
   * with {@code iss}, {@code sub}, {@code aud} (the connector's login URL, or {@link
   * #withAudience}) and {@code exp} three minutes ahead, in seconds, signed anew per request.
   *
   * @param issuer the {@code iss}: Salesforce's consumer key
   * @param subject the {@code sub}: the user to act as
   * @param key the RSA private key whose certificate the server holds
   * @throws IllegalArgumentException when an argument is blank, or the key is not RSA of at least
   *     2048 bits
   */
  public static OAuth2 jwtBearer(String issuer, String subject, PrivateKey key) {
    Checks.rs256Key("key", key);
    return new OAuth2(
        OAuthSettings.of(
            new JwtBearerGrant(
                Checks.text("issuer", issuer), Checks.text("subject", subject), key)));
  }

  /**
   * The authorization code grant without PKCE; see {@link #authorizationCode(String, String,
   * String, URI, String)}.
   */
  public static OAuth2 authorizationCode(
      String clientId, String clientSecret, String code, URI redirectUri) {
    return authorizationCode(clientId, clientSecret, code, redirectUri, null);
  }

  /**
   * The authorization code grant: the first token request exchanges {@code code} ({@code
   * grant_type=authorization_code}, {@code client_id}, {@code client_secret}, {@code redirect_uri},
   * {@code code}, and {@code code_verifier} when given); later ones use the refresh token it
   * returned, with rotation as in {@link #refreshToken}. An authorization code is valid once:
   * persist the refresh token through {@link #withRefreshTokenListener} and build later providers
   * with {@link #refreshToken}.
   *
   * @param clientSecret the client secret, or null for a public client
   * @param codeVerifier the PKCE code verifier, or null
   * @throws IllegalArgumentException when {@code clientId} or {@code code} is null or blank
   */
  public static OAuth2 authorizationCode(
      String clientId, String clientSecret, String code, URI redirectUri, String codeVerifier) {
    return new OAuth2(
        OAuthSettings.of(
            new AuthorizationCodeGrant(
                Checks.text("clientId", clientId),
                Secret.ofNullable(clientSecret),
                Secret.of("code", code),
                Objects.requireNonNull(redirectUri, "redirectUri"),
                Secret.ofNullable(codeVerifier))));
  }

  /** A copy that requests tokens from {@code tokenEndpoint} instead of the connector's default. */
  public OAuth2 withTokenEndpoint(URI tokenEndpoint) {
    return new OAuth2(settings.withTokenEndpoint(Objects.requireNonNull(tokenEndpoint)));
  }

  /** A copy that sends {@code scope} (space-separated) with every token request. */
  public OAuth2 withScope(String scope) {
    return new OAuth2(settings.withScope(Checks.text("scope", scope)));
  }

  /** A copy whose JWT assertions carry {@code aud} = {@code audience}. */
  public OAuth2 withAudience(String audience) {
    return new OAuth2(settings.withAudience(Checks.text("audience", audience)));
  }

  /** A copy that replaces tokens {@code skew} before they expire; default 60 seconds. */
  public OAuth2 withRefreshSkew(Duration skew) {
    return new OAuth2(settings.withRefreshSkew(Objects.requireNonNull(skew, "skew")));
  }

  /**
   * A copy that authenticates the client to the token endpoint with HTTP Basic ({@code
   * Authorization: Basic base64(client_id:client_secret)}, each form-encoded first, RFC 6749
   * section 2.3.1) instead of {@code client_id} and {@code client_secret} form fields; Pipedrive's
   * token endpoint accepts only this.
   */
  public OAuth2 withBasicClientAuthentication() {
    return new OAuth2(settings.withBasicClient());
  }

  /**
   * A copy that hands rotated refresh tokens to {@code listener}; see {@link RefreshTokenListener}.
   */
  public OAuth2 withRefreshTokenListener(RefreshTokenListener listener) {
    return new OAuth2(settings.withListener(Objects.requireNonNull(listener, "listener")));
  }

  /** {@inheritDoc} Completes with the cached token, or after a single-flight token request. */
  @Override
  public CompletableFuture<AccessToken> token(AuthContext context) {
    return session.token(context);
  }

  /** Sets {@code Authorization: Bearer <token>}. */
  @Override
  public void apply(AccessToken token, AuthTarget target) {
    target.header("Authorization", "Bearer " + token.value());
  }

  @Override
  public void invalidate(AccessToken rejected) {
    session.invalidate(rejected);
  }

  /** Always true: a new token can be requested. */
  @Override
  public boolean canRefresh() {
    return true;
  }

  @Override
  public String toString() {
    return "OAuth2{grant="
        + settings.grant().name()
        + ", clientId="
        + settings.grant().clientId()
        + ", tokenEndpoint="
        + settings.tokenEndpoint()
        + ", scope="
        + settings.scope()
        + '}';
  }
}
