package io.ikarus.connects.spi;

import java.net.InetAddress;
import java.net.URI;
import java.util.Locale;

/** URL checks shared by every connector. */
public final class Urls {

  private Urls() {}

  /**
   * Refuses a URL that would send credentials in clear text: {@code https} is required, except for
   * loopback hosts ({@code 127.0.0.0/8}, {@code ::1}, {@code localhost}) where {@code http} is
   * fine.
   *
   * @param what the setting's name, for the error message
   * @throws IllegalArgumentException naming the setting and the URL when it is not safe
   */
  public static void requireSecure(URI uri, String what) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getHost() == null) {
      throw new IllegalArgumentException(what + " must be an absolute URL with a host: " + uri);
    }
    if (scheme.equals("https")) {
      return;
    }
    if (scheme.equals("http") && isLoopback(uri.getHost())) {
      return;
    }
    throw new IllegalArgumentException(
        what
            + " "
            + uri
            + " is refused: credentials must not travel in clear text; use https"
            + " (plain http is allowed only for loopback hosts)");
  }

  /**
   * Percent-encodes {@code value} as one URL path segment: {@code /}, {@code ?}, {@code #}, {@code
   * %} and spaces are escaped, and {@code .} / {@code ..} are encoded, so an id can never change
   * the path it is put into.
   */
  public static String segment(String value) {
    if (value.equals(".") || value.equals("..")) {
      // OkHttp would resolve these as relative segments; an id must never navigate.
      return value.replace(".", "%2E");
    }
    return okhttp3.HttpUrl.parse("http://h/")
        .newBuilder()
        .addPathSegment(value)
        .build()
        .encodedPath()
        .substring(1);
  }

  /** True for {@code localhost} and literal loopback addresses; never does a DNS lookup. */
  public static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.equals("localhost")) {
      return true;
    }
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    if (!h.matches("[0-9.]+") && !h.contains(":")) {
      return false;
    }
    try {
      return InetAddress.getByName(h).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }
}
