package io.ikarus.connects.generic.internal;

import io.ikarus.connects.generic.GenericBuilder;
import io.ikarus.connects.generic.GenericConfigException;
import io.ikarus.connects.spi.ConnectorConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Fills a generic builder from a {@code fromConfig} map: {@code options.connector} (the
 * configuration object), {@code options.connector_file} (a path to it) or {@code options.preset} (a
 * shipped preset's name); {@code options.settings} for {@code ${config.x}}; every {@code
 * auth_config} value as a {@code ${secret.x}}.
 */
public final class ProviderSupport {

  private ProviderSupport() {}

  /** Applies {@code config} to {@code builder} and returns it. */
  @SuppressWarnings("unchecked")
  public static <B extends GenericBuilder<?>> B apply(B builder, ConnectorConfig config) {
    Object inline = config.option("connector");
    Object file = config.option("connector_file");
    Object preset = config.option("preset");
    int given = (inline != null ? 1 : 0) + (file != null ? 1 : 0) + (preset != null ? 1 : 0);
    if (given != 1) {
      throw new GenericConfigException(
          "options", "needs exactly one of connector, connector_file or preset", null);
    }
    if (inline instanceof Map<?, ?> m) {
      builder.config((Map<String, Object>) m);
    } else if (inline != null) {
      throw new GenericConfigException("options.connector", "must be an object", null);
    } else if (file != null) {
      builder.configJson(read(file.toString()));
    } else {
      builder.preset(preset.toString());
    }
    if (config.option("settings") instanceof Map<?, ?> s) {
      s.forEach((k, v) -> builder.setting(k.toString(), v));
    }
    for (String key : config.authConfig().keySet()) {
      builder.secret(key, config.auth(key));
    }
    builder.options(config.options());
    return builder;
  }

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read options.connector_file " + file, e);
    }
  }
}
