package io.ikarus.connects.generic.internal;

import io.ikarus.connects.error.ErrorContext;
import io.ikarus.connects.error.NotFoundException;
import io.ikarus.connects.generic.GenericConfigException;
import io.ikarus.connects.generic.internal.config.Specs.Api;
import io.ikarus.connects.generic.internal.config.Specs.ObjectSpec;
import io.ikarus.connects.generic.internal.config.Specs.Request;
import io.ikarus.connects.spi.ApiCalls;
import io.ikarus.connects.spi.ApiResponse;
import io.ikarus.connects.spi.ConfigKeys;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * What every operation needs: the parsed API, the configuration and secret values for templates,
 * the connector's {@code execute}, and error contexts. Immutable and thread-safe.
 */
public record Runtime(
    Api api,
    Vars base,
    ApiCalls execute,
    Function<String, ErrorContext> contexts,
    String costBucket) {

  /**
   * The object's spec. An object the configuration does not declare is, as on every connector, a
   * {@link NotFoundException} naming it (and the closest declared one).
   */
  public ObjectSpec object(String name) {
    ObjectSpec spec = api.objects().get(name);
    if (spec == null) {
      String closest = ConfigKeys.closest(name, api.objects().keySet());
      throw new NotFoundException(
          "unknown object '"
              + name
              + "': not under objects in the configuration"
              + (closest == null ? "" : "; did you mean '" + closest + "'?"),
          contexts.apply("object"));
    }
    return spec;
  }

  /** The request template for {@code op} on the object; missing is an error naming the key. */
  public Request op(ObjectSpec spec, String op) {
    Request r = spec.ops().get(op);
    if (r == null) {
      throw new GenericConfigException(
          "objects." + spec.name() + "." + op, "is not configured for this object", null);
    }
    return r;
  }

  /** Template values for {@code object}: config, secrets and the object name. */
  public Vars vars(String object) {
    return base.with("object", object);
  }

  /** A call from a template, with the base headers. */
  public Call call(Request spec, Vars vars, String operation) {
    return new Call(spec, vars, operation, api.headers());
  }

  /** Sends a call. */
  public CompletableFuture<ApiResponse> send(Call call) {
    return execute.execute(call.build(costBucket));
  }

  /** The records of {@code object}. */
  public Records records(String object) {
    return new Records(object(object));
  }

  /** The parsed body of a response (null for none). */
  public static Object body(ApiResponse r) {
    return r.json();
  }

  /** Base template values from the config and secrets maps. */
  public static Vars baseVars(Map<String, Object> settings, Map<String, String> secrets) {
    return Vars.empty().with("config", settings).with("secret", secrets);
  }
}
