package io.ikarus.connects.dynamics.internal;

import io.ikarus.connects.CrmConnector;
import io.ikarus.connects.auth.ClientCertificate;
import io.ikarus.connects.dynamics.DynamicsConnector;
import io.ikarus.connects.spi.ConnectorConfig;
import io.ikarus.connects.spi.ConnectorProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Builds a {@link DynamicsConnector} for {@code "crm_type": "dynamics"}. The {@code auth_config}
 * holds {@code resource_url}, {@code tenant_id}, {@code client_id} and one credential: {@code
 * client_secret}; or {@code certificate_pem} (PEM text with the private key and the certificate);
 * or {@code certificate_path} (a {@code .pem} file, or a {@code .p12}/{@code .pfx} file with {@code
 * certificate_password}). Options {@code batch_size} and {@code change_set_size} tune batching.
 *
 * <pre>{@code
 * {"crm_type": "dynamics", "auth_config": {
 *    "resource_url": "https://contoso.crm4.dynamics.com", "tenant_id": "${env:TENANT}",
 *    "client_id": "${env:CLIENT_ID}", "client_secret": "${env:CLIENT_SECRET}"}}
 * }</pre>
 */
public final class DynamicsProvider implements ConnectorProvider {

  /** Used by {@link java.util.ServiceLoader}. */
  public DynamicsProvider() {}

  @Override
  public Set<String> authKeys() {
    return Set.of(
        "resource_url",
        "tenant_id",
        "client_id",
        "client_secret",
        "certificate_pem",
        "certificate_path",
        "certificate_password");
  }

  @Override
  public Set<String> optionKeys() {
    return Set.of("batch_size", "change_set_size");
  }

  @Override
  public String crmType() {
    return "dynamics";
  }

  @Override
  public CrmConnector create(ConnectorConfig config) {
    DynamicsConnector.Builder b =
        DynamicsConnector.builder()
            .resourceUrl(URI.create(config.requireAuth("resource_url")))
            .tenantId(config.requireAuth("tenant_id"))
            .options(config.options());
    String clientId = config.requireAuth("client_id");
    if (config.auth("client_secret") != null) {
      b.clientSecret(clientId, config.requireAuth("client_secret"));
    } else if (config.auth("certificate_pem") != null) {
      b.certificate(clientId, ClientCertificate.fromPem(config.requireAuth("certificate_pem")));
    } else if (config.auth("certificate_path") != null) {
      b.certificate(
          clientId,
          fromFile(
              Path.of(config.requireAuth("certificate_path")),
              config.auth("certificate_password")));
    } else {
      throw new IllegalArgumentException(
          "auth_config needs client_secret, certificate_pem or"
              + " certificate_path for crm_type 'dynamics'");
    }
    Integer batchSize = config.intOption("batch_size");
    if (batchSize != null) {
      b.batchSize(batchSize);
    }
    Integer changeSetSize = config.intOption("change_set_size");
    if (changeSetSize != null) {
      b.changeSetSize(changeSetSize);
    }
    return b.build();
  }

  private static ClientCertificate fromFile(Path path, String password) {
    try {
      String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
      if (name.endsWith(".p12") || name.endsWith(".pfx")) {
        try (InputStream in = Files.newInputStream(path)) {
          return ClientCertificate.fromPkcs12(
              in, password == null ? new char[0] : password.toCharArray());
        }
      }
      return ClientCertificate.fromPem(Files.readString(path, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("auth_config.certificate_path cannot be read: " + path, e);
    }
  }
}
