package io.ikarus.connects.generic;

import io.ikarus.connects.Capabilities;
import io.ikarus.connects.auth.AccessToken;
import io.ikarus.connects.generic.internal.GenericParts;
import io.ikarus.connects.generic.internal.Limits;
import io.ikarus.connects.generic.internal.RuleErrorMapper;
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
import java.util.Optional;

/**
 * The shared base of {@link RestConnector} and {@link GraphQlConnector}: every {@code CrmConnector}
 * operation driven by a JSON configuration (see {@code docs/generic.md}). Objects, requests,
 * paging, filters, incremental reads, deletions, batches, error rules and limits all come from the
 * configuration; nothing vendor-specific is in code. Thread-safe.
 */
public abstract class GenericConnector extends BaseCrmConnector {

  private final Api api;
  private final Vars base;
  private final Limits limits;
  private final ErrorMapper errors;
  private final Capabilities capabilities;
  private final URI baseUrl;
  private final String defaultObject;

  GenericConnector(GenericSetup setup) {
    super(
        setup.api().name(),
        setup.auth(),
        setup.options(),
        setup.defaults(),
        calls -> GenericParts.create(setup.api(), setup.vars(), setup.limits(), calls));
    this.api = setup.api();
    this.base = setup.vars();
    this.limits = setup.limits();
    this.errors =
        new RuleErrorMapper(
            api.errors(), setup.graphql() ? api.graphql() : null, api.limits().resetUnit());
    this.capabilities = Services.capabilities(api);
    this.baseUrl = setup.baseUrl();
    this.defaultObject = setup.defaultObject();
  }

  /** The configured object names, in configuration order. */
  public List<String> objects() {
    return List.copyOf(api.objects().keySet());
  }

  /** The object set with {@code GenericBuilder.defaultObject}; empty when none. */
  public Optional<String> defaultObject() {
    return Optional.ofNullable(defaultObject);
  }

  @Override
  public Capabilities capabilities() {
    return capabilities;
  }

  @Override
  protected int batchConcurrency() {
    return Services.concurrency(api);
  }

  /**
   * The base URL: {@code ClientOptions.baseUrl} when set, else the builder's {@code baseUrl}, else
   * {@code base.url} with {@code ${token.x}} taken from the token response (and {@code
   * auth.baseUrlFrom} prefixed).
   */
  @Override
  protected URI resolveBaseUrl(AccessToken token) {
    if (options().baseUrl().isPresent()) {
      return options().baseUrl().get();
    }
    if (baseUrl != null) {
      return baseUrl;
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
