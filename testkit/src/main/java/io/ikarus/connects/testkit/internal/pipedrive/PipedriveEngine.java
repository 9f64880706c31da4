package io.ikarus.connects.testkit.internal.pipedrive;

import com.fasterxml.jackson.databind.JsonNode;
import io.ikarus.connects.testkit.RecordedCall;
import io.ikarus.connects.testkit.internal.FakeHttpServer;
import io.ikarus.connects.testkit.internal.FaultPlan;
import io.ikarus.connects.testkit.internal.Json;
import io.ikarus.connects.testkit.internal.StoredRecord;
import io.ikarus.connects.testkit.internal.oauth.TokenRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The fake Pipedrive company behind the public {@code FakePipedrive} facade. Thread-safe. */
public final class PipedriveEngine implements AutoCloseable {

  private final PdCompany company;
  private final PdOAuth oauth;
  private final PdLimits limits;
  private final TokenRegistry tokens;
  private final FakeHttpServer server;

  /**
   * Creates the company; call {@link #start(int)} to listen.
   *
   * @param oauthClient client id, client secret and redirect URI of the registered OAuth app
   */
  public PipedriveEngine(
      Clock clock,
      String apiToken,
      List<String> oauthClient,
      PdLimitConfig limitConfig,
      FaultPlan faults,
      Consumer<RecordedCall> journal) {
    this.company = new PdCompany(clock);
    this.tokens = new TokenRegistry(clock, Duration.ofHours(1));
    this.oauth =
        new PdOAuth(clock, tokens, oauthClient.get(0), oauthClient.get(1), oauthClient.get(2));
    this.limits = new PdLimits(clock, limitConfig);
    PipedriveApi api = new PipedriveApi(company, oauth, limits, tokens, apiToken);
    this.server = new FakeHttpServer(api, faults, tokens, journal, clock);
  }

  /** The server, for the public fake's lock. */
  public FakeHttpServer server() {
    return server;
  }

  /** Starts listening on 127.0.0.1 at {@code port} (0: any free port). */
  public void start(int port) {
    server.start(port);
    oauth.apiDomain(server.url());
  }

  /** The base URL. */
  public String url() {
    return server.url();
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

  /** Invalidates every OAuth access token. */
  public void expireAccessTokens() {
    tokens.expireAll();
  }

  /** Tokens charged today against the daily budget. */
  public long tokensUsedToday() {
    return server.locked(limits::usedToday);
  }

  /** Tokens charged since start. */
  public long tokensCharged() {
    return server.locked(limits::costTotal);
  }

  @Override
  public void close() {
    server.close();
  }
}
