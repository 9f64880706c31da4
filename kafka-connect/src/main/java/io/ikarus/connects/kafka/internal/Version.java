package io.ikarus.connects.kafka.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The plugin's version, as Kafka Connect shows it, read from the filtered version resource. */
public final class Version {

  private static final String VERSION = load();

  private Version() {}

  /** The project version, such as {@code 0.1.0}. */
  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in =
        Version.class.getResourceAsStream("/io/ikarus/connects/kafka/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the plugin version", e);
    }
  }
}
