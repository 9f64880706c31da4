package io.ikarus.connects.generic;

import io.ikarus.connects.generic.internal.GenericParts;
import io.ikarus.connects.generic.internal.config.Specs.Api;
import io.ikarus.connects.spi.BaseCrmConnector;
import java.util.List;
import java.util.Optional;

/**
 * The shared base of {@link RestConnector} and {@link GraphQlConnector}: every {@code CrmConnector}
 * operation driven by a JSON configuration (see {@code docs/generic.md}). Objects, requests,
 * paging, filters, incremental reads, deletions, batches, error rules and limits all come from the
 * configuration; nothing vendor-specific is in code. The base URL is {@code ClientOptions.baseUrl}
 * when set, else the builder's {@code baseUrl}, else {@code base.url} with {@code ${token.x}} taken
 * from the token response (and {@code auth.baseUrlFrom} prefixed). Thread-safe.
 */
public abstract class GenericConnector extends BaseCrmConnector {

  private final Api api;
  private final String defaultObject;

  GenericConnector(GenericSetup setup) {
    super(
        setup.api().name(),
        setup.auth(),
        setup.options(),
        setup.defaults(),
        calls ->
            GenericParts.create(
                setup.api(),
                setup.vars(),
                setup.limits(),
                setup.graphql(),
                setup.options().baseUrl().orElse(setup.baseUrl()),
                calls));
    this.api = setup.api();
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
  public String toString() {
    return getClass().getSimpleName() + "{name=" + name() + ", objects=" + objects() + '}';
  }
}
