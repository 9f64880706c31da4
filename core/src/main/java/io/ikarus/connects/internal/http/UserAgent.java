package io.ikarus.connects.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Builds the {@code User-Agent}: {@code ikarus-connects/<version> <connector>[ <user text>]}. */
public final class UserAgent {

  private static final String VERSION = loadVersion();

  private UserAgent() {}

  /** The SDK version, from the build; {@code "dev"} when run from unpackaged sources. */
  public static String version() {
    return VERSION;
  }

  /** The header value for {@code connector}, with the caller's {@code extra} text (or null). */
  public static String of(String connector, String extra) {
    String base = "ikarus-connects/" + VERSION + ' ' + connector;
    return extra == null || extra.isBlank() ? base : base + ' ' + extra.strip();
  }

  private static String loadVersion() {
    try (InputStream in =
        UserAgent.class.getResourceAsStream("/io/ikarus/connects/version.properties")) {
      if (in == null) {
        return "dev";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "dev");
      return v.startsWith("${") ? "dev" : v;
    } catch (IOException e) {
      return "dev";
    }
  }
}
