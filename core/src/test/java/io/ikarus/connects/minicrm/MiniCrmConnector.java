package io.ikarus.connects.minicrm;

import io.ikarus.connects.Capabilities;
import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.auth.AuthProvider;
import io.ikarus.connects.spi.ApiResponse;
import io.ikarus.connects.spi.BaseCrmConnector;
import io.ikarus.connects.spi.ConnectorParts;
import io.ikarus.connects.spi.RateLimitStatus;
import io.ikarus.connects.spi.VendorDefaults;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** A small connector for {@link MiniCrmServer}: proves that {@link ConnectorParts} suffice. */
public class MiniCrmConnector extends BaseCrmConnector {

  private static final Capabilities CAPABILITIES =
      Capabilities.builder()
          .maxBatchSize(MiniCrmApi.MAX_BATCH)
          .maxPageSize(MiniCrmApi.MAX_PAGE)
          .nativeUpsert(true)
          .trackedDeletes(true)
          .build();

  /** Creates the connector; {@code options.baseUrl} must point at the fake. */
  public MiniCrmConnector(AuthProvider auth, ClientOptions options) {
    super(
        "minicrm",
        auth,
        options,
        VendorDefaults.builder()
            .tokenEndpoint(URI.create("https://auth.minicrm.invalid/oauth/token"))
            .build(),
        calls -> {
          MiniCrmParts p = new MiniCrmParts(calls);
          return ConnectorParts.builder()
              .records(p)
              .batches(p)
              .queries(p)
              .changes(p)
              .schema(p)
              .capabilities(CAPABILITIES)
              .rateLimits(MiniCrmConnector::rateLimitStatus)
              .build();
        });
  }

  private static List<RateLimitStatus> rateLimitStatus(ApiResponse response) {
    String remaining = response.header("X-RateLimit-Remaining");
    String limit = response.header("X-RateLimit-Limit");
    String reset = response.header("X-RateLimit-Reset");
    if (remaining == null || limit == null || reset == null) {
      return List.of();
    }
    return List.of(
        new RateLimitStatus(
            "default",
            Long.parseLong(remaining),
            Long.parseLong(limit),
            Duration.ofSeconds(Long.parseLong(reset))));
  }
}
