package io.ikarus.connects.auth;

import java.util.LinkedHashMap;
import java.util.Map;

/** An {@link AuthTarget} that remembers what was attached. */
final class RecordingTarget implements AuthTarget {

  final Map<String, String> headers = new LinkedHashMap<>();
  final Map<String, String> queryParameters = new LinkedHashMap<>();

  @Override
  public void header(String name, String value) {
    headers.put(name, value);
  }

  @Override
  public void queryParameter(String name, String value) {
    queryParameters.put(name, value);
  }
}
