package io.ikarus.connects.testkit.internal.pipedrive;

import com.fasterxml.jackson.databind.JsonNode;
import io.ikarus.connects.testkit.VendorApi;
import io.ikarus.connects.testkit.internal.FakeHttpServer;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.StoredRecord;
import io.ikarus.connects.testkit.internal.oauth.TokenRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The fake Pipedrive company behind the public {@code FakePipedrive} facade. Thread-safe. */
public final class PipedriveEngine {

  private final PdCompany company;
  private final PdOAuth oauth;
  private final PdLimits limits;
  private final TokenRegistry tokens;
  private final PipedriveApi api;
  private volatile FakeHttpServer server;

  /**
   * Creates the company; serve {@link #vendorApi()} and {@link #attach} the started server.
   *
   * @param oauthClient client id, client secret and redirect URI of the registered OAuth app
   */
  public PipedriveEngine(
      Clock clock, String apiToken, List<String> oauthClient, PdLimitConfig limitConfig) {
    this.company = new PdCompany(clock);
    this.tokens = new TokenRegistry(clock, Duration.ofHours(1));
    this.oauth =
        new PdOAuth(clock, tokens, oauthClient.get(0), oauthClient.get(1), oauthClient.get(2));
    this.limits = new PdLimits(clock, limitConfig);
    this.api = new PipedriveApi(company, oauth, limits, tokens, apiToken);
  }

  /** The wire behaviour to serve. */
  public VendorApi vendorApi() {
    return api;
  }

  /** The token registry the server checks bearer tokens against. */
  public TokenRegistry tokens() {
    return tokens;
  }

  /** Binds the company to its started server: {@code api_domain} and the handler lock. */
  public void attach(FakeHttpServer started) {
    oauth.apiDomain(started.url());
    this.server = started;
  }

  /** Creates a record through the API's checks; returns its id. */
  public String insert(String entity, Map<String, Object> fields) {
    PdEntity e = PdEntity.parse(entity);
    JsonNode body = Json.MAPPER.valueToTree(fields);
    return server.locked(() -> company.records().insert(e, company.values().changes(e, body)).id());
  }

  /** A live record in its API shape, or empty. */
  @SuppressWarnings("unchecked")
  public Optional<Map<String, Object>> record(String entity, String id) {
    PdEntity e = PdEntity.parse(entity);
    return server.locked(
        () ->
            company.records().all(e).stream()
                .filter(r -> r.id().equals(id) && !r.isDeleted())
                .findFirst()
                .map(
                    r ->
                        (Map<String, Object>)
                            Json.MAPPER.convertValue(company.records().render(e, r), Map.class)));
  }

  /** Live (not deleted) records of an entity, archived ones included. */
  public int count(String entity) {
    PdEntity e = PdEntity.parse(entity);
    return server.locked(
        () -> (int) company.records().all(e).stream().filter(r -> !r.isDeleted()).count());
  }

  /** Archives a deal or lead, as a user would in the UI. */
  public void archive(String entity, String id) {
    PdEntity e = PdEntity.parse(entity);
    server.inLock(
        () -> {
          StoredRecord r = company.records().live(e, id);
          company
              .records()
              .update(e, r, Map.of("is_archived", Json.MAPPER.getNodeFactory().booleanNode(true)));
        });
  }

  /** Deletes a record, as a user would in the UI. */
  public void delete(String entity, String id) {
    PdEntity e = PdEntity.parse(entity);
    server.inLock(() -> company.records().delete(e, company.records().live(e, id)));
  }

  /** Adds a custom field; returns its 40-character hash key. */
  public String addCustomField(String entity, String name, String type, List<String> options) {
    PdEntity e = PdEntity.parse(entity);
    return server.locked(() -> company.schema().addCustom(e, name, type, options).key());
  }

  /** Deletes a custom field; its values vanish from responses. */
  public void deleteCustomField(String entity, String key) {
    PdEntity e = PdEntity.parse(entity);
    server.locked(() -> company.schema().deleteCustom(e, key));
  }

  /** Issues an authorization code for the registered redirect URI. */
  public String issueAuthorizationCode(String redirectUri) {
    return server.locked(() -> oauth.issueCode(redirectUri));
  }

  /** Issues a refresh token, as a completed install would. */
  public String issueRefreshToken() {
    return server.locked(oauth::issueRefreshToken);
  }

  /** Tokens charged today against the daily budget. */
  public long tokensUsedToday() {
    return server.locked(limits::usedToday);
  }

  /** Tokens charged since start. */
  public long tokensCharged() {
    return server.locked(limits::costTotal);
  }
}
