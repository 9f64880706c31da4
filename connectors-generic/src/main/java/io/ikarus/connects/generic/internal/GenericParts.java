package io.ikarus.connects.generic.internal;

import io.ikarus.connects.auth.AccessToken;
import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.generic.internal.auth.AuthFactory;
import io.ikarus.connects.generic.internal.config.Specs.Api;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ConnectorParts;
import io.ikarus.connects.spi.PerRecordBatches;
import io.ikarus.connects.spi.Urls;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The generic connectors' parts, built once per connector on its calls: the configured records,
 * batches (falling back to one call per record where an object has no batch endpoint), lists,
 * change reads and schemas.
 */
public final class GenericParts {

  private GenericParts() {}

  /**
   * Builds every part of the connector configured by {@code api} on {@code calls}, with its
   * capabilities, concurrency, error rules, rate-limit reports and base URL.
   *
   * @param base the {@code ${config.x}} and {@code ${secret.x}} values
   * @param limits the configuration's rate limits, whose cost bucket the calls draw from
   * @param graphql whether the connector speaks GraphQL (its errors come in the body)
   * @param configuredUrl {@code ClientOptions.baseUrl}, else the builder's base URL; null for the
   *     configuration's {@code base.url}
   */
  public static ConnectorParts create(
      Api api, Vars base, Limits limits, boolean graphql, URI configuredUrl, ApiCalls calls) {
    Runtime rt =
        new Runtime(api, base, calls, op -> ErrorContext.of(api.name(), op), limits.costBucket());
    Services services = new Services(rt);
    GenericRecords records = new GenericRecords(services);
    return ConnectorParts.builder()
        .records(records)
        .batches(new GenericBatches(services, new PerRecordBatches(api.name(), records)))
        .queries(services.lister()::first)
        .changes(services.changes()::since)
        .schema(object -> CompletableFuture.completedFuture(services.describe(object)))
        .capabilities(Services.capabilities(api))
        .batchConcurrency(Services.concurrency(api))
        .errors(
            new RuleErrorMapper(
                api.errors(), graphql ? api.graphql() : null, api.limits().resetUnit()))
        .rateLimits(limits::status)
        .baseUrl(token -> configuredUrl != null ? configuredUrl : baseUrl(api, base, token))
        .build();
  }

  /**
   * {@code base.url} with {@code ${token.x}} taken from the token response (and {@code
   * auth.baseUrlFrom} prefixed).
   */
  private static URI baseUrl(Api api, Vars base, AccessToken token) {
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
}
