package io.ikarus.connects.generic;

import io.ikarus.connects.Capabilities;
import io.ikarus.connects.Changes;
import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.CrmRecord;
import io.ikarus.connects.ObjectSchema;
import io.ikarus.connects.Page;
import io.ikarus.connects.Query;
import io.ikarus.connects.RecordResult;
import io.ikarus.connects.auth.AccessToken;
import io.ikarus.connects.generic.internal.Limits;
import io.ikarus.connects.generic.internal.RuleErrorMapper;
import io.ikarus.connects.generic.internal.Runtime;
import io.ikarus.connects.generic.internal.Services;
import io.ikarus.connects.generic.internal.Template;
import io.ikarus.connects.generic.internal.Vars;
import io.ikarus.connects.generic.internal.auth.AuthFactory;
import io.ikarus.connects.generic.internal.config.Specs.Api;
import io.ikarus.connects.spi.ApiResponse;
import io.ikarus.connects.spi.BaseCrmConnector;
import io.ikarus.connects.spi.ErrorMapper;
import io.ikarus.connects.spi.RateLimitStatus;
import io.ikarus.connects.spi.Urls;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The shared base of {@link RestConnector} and {@link GraphQlConnector}: every {@code CrmConnector}
 * operation driven by a JSON configuration (see {@code docs/generic.md}). Objects, requests,
 * paging, filters, incremental reads, deletions, batches, error rules and limits all come from the
 * configuration; nothing vendor-specific is in code. Thread-safe.
 */
public abstract class GenericConnector extends BaseCrmConnector {

  private final Api api;
  private final Vars base;
  private final Services services;
  private final Limits limits;
  private final ErrorMapper errors;
  private final Capabilities capabilities;

  GenericConnector(GenericSetup setup) {
    super(setup.api().name(), setup.auth(), setup.options(), setup.defaults());
    this.api = setup.api();
    this.base = setup.vars();
    this.limits = new Limits(api.limits());
    boolean graphql = setup.graphql();
    this.errors =
        new RuleErrorMapper(api.errors(), graphql ? api.graphql() : null, api.limits().resetUnit());
    this.capabilities = Services.capabilities(api);
    this.services =
        new Services(new Runtime(api, base, calls(), this::errorContext, limits.costBucket()));
  }

  /** The configured object names, in configuration order. */
  public List<String> objects() {
    return List.copyOf(api.objects().keySet());
  }

  @Override
  public Capabilities capabilities() {
    return capabilities;
  }

  @Override
  protected CompletableFuture<CrmRecord> doCreate(String object, Map<String, Object> fields) {
    return services.crud().create(object, fields);
  }

  @Override
  protected CompletableFuture<CrmRecord> doGet(String object, String id) {
    return services.crud().get(object, id);
  }

  @Override
  protected CompletableFuture<CrmRecord> doUpdate(
      String object, String id, Map<String, Object> fields) {
    return services.crud().update(object, id, fields);
  }

  @Override
  protected CompletableFuture<Void> doDelete(String object, String id) {
    return services.crud().delete(object, id);
  }

  /** Upserts with the object's upsert template, else finds the key with a filter, then writes. */
  @Override
  protected CompletableFuture<CrmRecord> doUpsert(
      String object, String keyField, Map<String, Object> fields) {
    if (services.crud().hasUpsert(object)) {
      return services.crud().upsert(object, keyField, fields);
    }
    return services
        .findByKey(object, keyField, fields.get(keyField))
        .thenCompose(
            found ->
                found == null
                    ? services.crud().create(object, fields)
                    : services.crud().update(object, found.id(), fields));
  }

  @Override
  protected CompletableFuture<List<RecordResult>> createChunk(
      String object, List<Map<String, Object>> records) {
    if (services.batchOp(object, "create") == null) {
      return super.createChunk(object, records);
    }
    return services.batch(
        object, "create", records.stream().map(r -> services.item(object, null, r)).toList());
  }

  @Override
  protected CompletableFuture<List<RecordResult>> updateChunk(
      String object, List<CrmRecord> records) {
    if (services.batchOp(object, "update") == null) {
      return super.updateChunk(object, records);
    }
    return services.batch(
        object,
        "update",
        records.stream().map(r -> services.item(object, r.id(), r.fields())).toList());
  }

  @Override
  protected CompletableFuture<List<RecordResult>> upsertChunk(
      String object, String keyField, List<Map<String, Object>> records) {
    if (services.batchOp(object, "upsert") == null) {
      return super.upsertChunk(object, keyField, records);
    }
    String key = services.vendorName(object, keyField);
    return services.batch(
        object,
        "upsert",
        records.stream()
            .map(
                r ->
                    services
                        .item(object, null, r)
                        .with("key", key)
                        .with("keyValue", r.get(keyField)))
            .toList());
  }

  @Override
  protected CompletableFuture<List<RecordResult>> deleteChunk(String object, List<String> ids) {
    if (services.batchOp(object, "delete") == null) {
      return super.deleteChunk(object, ids);
    }
    return services.batch(
        object, "delete", ids.stream().map(id -> services.item(object, id, null)).toList());
  }

  @Override
  protected CompletableFuture<Page> doQuery(Query query) {
    return services.lister().first(query);
  }

  @Override
  protected CompletableFuture<Changes> doChangesSince(String object, Checkpoint checkpoint) {
    return services.changes().since(object, checkpoint);
  }

  @Override
  protected CompletableFuture<ObjectSchema> doDescribe(String object) {
    return CompletableFuture.completedFuture(services.describe(object));
  }

  @Override
  protected int batchConcurrency() {
    return Services.concurrency(api);
  }

  /**
   * The base URL: {@code ClientOptions.baseUrl} when set, else {@code base.url} with {@code
   * ${token.x}} taken from the token response (and {@code auth.baseUrlFrom} prefixed).
   */
  @Override
  protected URI resolveBaseUrl(AccessToken token) {
    if (options().baseUrl().isPresent()) {
      return options().baseUrl().get();
    }
    Vars vars = base.with("token", token == null ? Map.of() : token.attributes());
    String url = Template.text(api.url(), vars);
    String from = AuthFactory.baseUrlFrom(api.auth());
    if (from != null && token != null && token.attribute(from) != null && url.startsWith("/")) {
      url = token.attribute(from) + url;
    }
    URI uri = URI.create(url);
    Urls.requireSecure(uri, "base.url");
    return uri;
  }

  @Override
  protected List<RateLimitStatus> rateLimitStatus(ApiResponse response) {
    return limits.status(response);
  }

  @Override
  protected ErrorMapper errorMapper() {
    return errors;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{name=" + name() + ", objects=" + objects() + '}';
  }
}
