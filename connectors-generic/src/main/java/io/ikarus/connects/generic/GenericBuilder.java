package io.ikarus.connects.generic;

import io.ikarus.connects.auth.AuthProvider;
import io.ikarus.connects.generic.internal.Limits;
import io.ikarus.connects.generic.internal.Runtime;
import io.ikarus.connects.generic.internal.Vars;
import io.ikarus.connects.generic.internal.auth.AuthFactory;
import io.ikarus.connects.generic.internal.config.ApiParser;
import io.ikarus.connects.generic.internal.config.Placeholders;
import io.ikarus.connects.generic.internal.config.Presets;
import io.ikarus.connects.generic.internal.config.Specs.Api;
import io.ikarus.connects.spi.ConnectorBuilder;
import io.ikarus.connects.spi.Json;
import io.ikarus.connects.spi.VendorDefaults;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Builds a {@link RestConnector} or {@link GraphQlConnector} from a JSON configuration (given as
 * text, as parsed maps, or by the name of a shipped preset), the values its {@code ${config.x}}
 * placeholders name, and the secrets its {@code ${secret.x}} placeholders name. {@link #build()}
 * validates everything and does no I/O. {@link #auth} replaces the configuration's {@code auth}
 * section (default: from the configuration); {@link #baseUrl} replaces its {@code base.url}, {@link
 * #authUrl} its token URL. Not thread-safe.
 *
 * <pre>{@code
 * RestConnector close = RestConnector.builder()
 *     .preset("close")
 *     .secret("apiKey", System.getenv("CLOSE_API_KEY"))
 *     .build();
 * }</pre>
 *
 * @param <T> the connector type built
 */
public final class GenericBuilder<T extends GenericConnector>
    extends ConnectorBuilder<GenericBuilder<T>> {

  private final boolean graphql;
  private final Function<GenericSetup, T> factory;
  private Map<String, Object> config;
  private final Map<String, Object> settings = new LinkedHashMap<>();
  private final Map<String, String> secrets = new LinkedHashMap<>();

  GenericBuilder(boolean graphql, String connector, Function<GenericSetup, T> factory) {
    super(connector);
    this.graphql = graphql;
    this.factory = factory;
  }

  @Override
  protected GenericBuilder<T> self() {
    return this;
  }

  /** The configuration as parsed JSON (Maps, Lists, strings, numbers, booleans). Required. */
  public GenericBuilder<T> config(Map<String, Object> config) {
    this.config = Objects.requireNonNull(config, "config");
    return this;
  }

  /**
   * The configuration as JSON text.
   *
   * @throws IllegalArgumentException when the text is not a JSON object
   */
  public GenericBuilder<T> configJson(String json) {
    return config(Json.parseObject(json));
  }

  /**
   * A shipped preset as the configuration, such as {@code close} or {@code zoho-crm}.
   *
   * @throws GenericConfigException naming the closest preset when none has that name
   */
  public GenericBuilder<T> preset(String name) {
    return configJson(Presets.load(name));
  }

  /** A value for {@code ${config.name}} placeholders. */
  public GenericBuilder<T> setting(String name, Object value) {
    settings.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return this;
  }

  /** Values for {@code ${config.x}} placeholders. */
  public GenericBuilder<T> settings(Map<String, ?> values) {
    values.forEach(this::setting);
    return this;
  }

  /** A value for {@code ${secret.name}} placeholders; never logged. */
  public GenericBuilder<T> secret(String name, String value) {
    secrets.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return this;
  }

  /** Values for {@code ${secret.x}} placeholders. */
  public GenericBuilder<T> secrets(Map<String, String> values) {
    values.forEach(this::secret);
    return this;
  }

  /**
   * Builds the connector.
   *
   * @throws GenericConfigException naming the key at fault (an unknown key names the closest valid
   *     one), or a placeholder whose setting or secret is missing
   */
  public T build() {
    if (config == null) {
      throw new GenericConfigException(
          "config", "is required: config(), configJson() or preset()", null);
    }
    Api api = ApiParser.parse(config, graphql);
    Placeholders.check(config, settings.keySet(), secrets.keySet(), auth() != null);
    Vars vars = Runtime.baseVars(settings, secrets);
    AuthProvider provider = auth() != null ? auth() : AuthFactory.create(api.auth(), vars);
    Limits limits = new Limits(api.limits());
    VendorDefaults.Builder d = VendorDefaults.builder().rateLimit(limits.settings());
    if (!api.url().contains("${") && !api.url().startsWith("/")) {
      d.baseUrl(URI.create(api.url()));
    }
    String tokenUrl = AuthFactory.tokenUrl(api.auth(), vars);
    if (authUrl().isPresent()) {
      d.tokenEndpoint(authUrl().get());
    } else if (tokenUrl != null) {
      d.tokenEndpoint(URI.create(tokenUrl));
    }
    GenericSetup setup =
        new GenericSetup(
            api,
            provider,
            options(),
            d.build(),
            limits,
            vars,
            graphql,
            baseUrl().orElse(null),
            defaultObject().orElse(null));
    return factory.apply(setup);
  }
}
