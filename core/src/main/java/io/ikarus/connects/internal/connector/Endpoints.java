package io.ikarus.connects.internal.connector;

import java.net.URI;
import java.net.URISyntaxException;

/** Applies the {@code auth_url} override to a vendor's default token endpoint. */
public final class Endpoints {

  private Endpoints() {}

  /**
   * The token endpoint to use: {@code authUrl} itself when it has a path (it names the endpoint);
   * otherwise the vendor's endpoint with its scheme, host and port replaced by {@code authUrl}'s
   * (so {@code http://127.0.0.1:8080} reaches a fake serving the vendor's token path).
   *
   * @param vendorDefault the vendor's endpoint, or null
   * @param authUrl the override, or null
   */
  public static URI tokenEndpoint(URI vendorDefault, URI authUrl) {
    if (authUrl == null) {
      return vendorDefault;
    }
    String path = authUrl.getRawPath();
    if (vendorDefault == null || (path != null && !path.isEmpty() && !path.equals("/"))) {
      return authUrl;
    }
    try {
      return new URI(
          authUrl.getScheme(),
          vendorDefault.getRawUserInfo(),
          authUrl.getHost(),
          authUrl.getPort(),
          vendorDefault.getPath(),
          vendorDefault.getQuery(),
          null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cannot apply auth_url " + authUrl, e);
    }
  }
}
