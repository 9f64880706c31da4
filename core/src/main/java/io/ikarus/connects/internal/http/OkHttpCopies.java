package io.ikarus.connects.internal.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Refuses to start on a class path with two OkHttp copies, or with an OkHttp older than 5.
 *
 * <p>OkHttp 5 is published for Maven as {@code okhttp-jvm}; an application that pins {@code
 * com.squareup.okhttp3:okhttp:4.x} directly ends with both jars, and whichever comes first on the
 * class path wins: the SDK (or the application) then fails deep inside a call with a {@code
 * NoSuchMethodError}. Failing when the first connector is built, with the fix in the message, is
 * kinder. The system property {@value #SKIP} set to {@code true} turns the check off.
 */
public final class OkHttpCopies {

  /** The system property that turns the check off. */
  static final String SKIP = "io.ikarus.connects.skipOkHttpCheck";

  private static final String CLASS_FILE = "okhttp3/OkHttpClient.class";

  private static volatile boolean checked;

  private OkHttpCopies() {}

  /** Checks once per class loader of this class; throws when the class path is broken. */
  public static void check() {
    if (checked || Boolean.getBoolean(SKIP)) {
      return;
    }
    String problem = problem(copies(OkHttpCopies.class.getClassLoader()), loadedVersion());
    if (problem != null) {
      throw new IllegalStateException(problem);
    }
    checked = true;
  }

  /** What is wrong with these copies and this loaded version, or null when nothing is. */
  static String problem(List<String> copies, String version) {
    boolean old = version == null || !version.matches("([5-9]|\\d{2,})\\..*");
    if (copies.size() <= 1 && !old) {
      return null;
    }
    return "Ikarus Connects needs exactly one OkHttp, version 5 or newer, on the class path;"
        + " found "
        + (copies.size() > 1 ? copies.size() + " copies " + copies : "OkHttp " + version)
        + ", and OkHttp "
        + version
        + " is the one loaded. An application that declares com.squareup.okhttp3:okhttp 4.x"
        + " directly gets OkHttp 4 beside the SDK's okhttp-jvm 5. Remove that version (import"
        + " io.ikarus.connects:connects-bom, which manages okhttp and okhttp-jvm to the SDK's"
        + " version), or exclude com.squareup.okhttp3:okhttp from the library that brings it."
        + " To run anyway, set -D"
        + SKIP
        + "=true.";
  }

  private static List<String> copies(ClassLoader loader) {
    try {
      ClassLoader l = loader == null ? ClassLoader.getSystemClassLoader() : loader;
      Set<String> urls = new LinkedHashSet<>();
      for (URL url : Collections.list(l.getResources(CLASS_FILE))) {
        urls.add(url.toString().replaceFirst("!/okhttp3/OkHttpClient\\.class$", ""));
      }
      return new ArrayList<>(urls);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Read reflectively: the constant would otherwise be inlined from the version compiled against.
   */
  private static String loadedVersion() {
    try {
      return String.valueOf(okhttp3.OkHttp.class.getField("VERSION").get(null));
    } catch (ReflectiveOperationException | LinkageError e) {
      return null;
    }
  }
}
