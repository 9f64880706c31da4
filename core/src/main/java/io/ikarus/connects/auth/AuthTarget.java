package io.ikarus.connects.auth;

/** The outgoing request an {@link AuthProvider} attaches credentials to. Not thread-safe. */
public interface AuthTarget {

  /** Sets a header, replacing any with the same name. */
  void header(String name, String value);

  /** Adds a query parameter. */
  void queryParameter(String name, String value);
}
