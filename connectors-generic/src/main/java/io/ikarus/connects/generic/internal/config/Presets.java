package io.ikarus.connects.generic.internal.config;

import io.ikarus.connects.generic.GenericConfigException;
import io.ikarus.connects.spi.ConfigKeys;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The configurations shipped as resources for APIs without a dedicated connector. */
public final class Presets {

  /** The shipped presets. */
  public static final List<String> NAMES = List.of("close", "zoho-crm");

  private Presets() {}

  /** The JSON text of preset {@code name}. */
  public static String load(String name) {
    if (!NAMES.contains(name)) {
      throw new GenericConfigException(
          "preset", "no preset named '" + name + "'", ConfigKeys.closest(name, NAMES));
    }
    String resource = "/io/ikarus/connects/generic/presets/" + name + ".json";
    try (InputStream in = Presets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("preset resource missing: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
