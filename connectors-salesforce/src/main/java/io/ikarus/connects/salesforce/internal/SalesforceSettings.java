package io.ikarus.connects.salesforce.internal;

import io.ikarus.connects.auth.AccessToken;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/** The checks and derivations behind {@code SalesforceConnector.Builder}'s settings. */
public final class SalesforceSettings {

  private SalesforceSettings() {}

  /**
   * {@code apiVersion} as {@code v66.0}, accepting {@code 66.0}.
   *
   * @throws IllegalArgumentException naming the value when it does not look like a version
   */
  public static String apiVersion(String apiVersion) {
    Objects.requireNonNull(apiVersion, "apiVersion");
    String v = apiVersion.startsWith("v") ? apiVersion : "v" + apiVersion;
    if (!v.matches("v\\d{2,3}\\.\\d")) {
      throw new IllegalArgumentException("apiVersion must look like v66.0: " + apiVersion);
    }
    return v;
  }

  /** {@code d}, checked to be positive; the exception names the setting. */
  public static Duration positive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + d);
    }
    return d;
  }

  /**
   * The REST root: the configured URL ({@code ClientOptions.baseUrl}, else the builder's instance
   * URL), else the token response's {@code instance_url}, under {@code /services/data/<version>}.
   *
   * @throws IllegalStateException when neither is known
   */
  public static URI apiRoot(URI configured, AccessToken token, String apiVersion) {
    URI root = configured;
    if (root == null && token != null && token.attribute("instance_url") != null) {
      root = URI.create(token.attribute("instance_url"));
    }
    if (root == null) {
      throw new IllegalStateException(
          "no Salesforce instance URL: the token response had no instance_url;"
              + " set SalesforceConnector.Builder.instanceUrl or ClientOptions.baseUrl");
    }
    return SalesforceNames.apiRoot(root, apiVersion);
  }
}
