package io.ikarus.connects.hubspot.internal;

import io.ikarus.connects.spi.ConnectorBuilder;
import io.ikarus.connects.spi.Urls;
import io.ikarus.connects.spi.VendorDefaults;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * What {@code HubSpotConnector.Builder} settled on: everything the connector's parts and wiring are
 * built from. Immutable.
 *
 * @param defaults the API root, token endpoint and rate limiters
 * @param formsUrl where forms are submitted
 * @param authenticatedForms whether forms go to the authenticated endpoint
 * @param changeLookback how far back the change feed searches again
 * @param clock the clock stamping form submissions
 */
public record HubSpotSetup(
    VendorDefaults defaults,
    URI formsUrl,
    boolean authenticatedForms,
    Duration changeLookback,
    Clock clock) {

  /** A builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The HubSpot-only settings of {@code HubSpotConnector.Builder}, checked as they are set. */
  public static final class Builder {
    private HubSpotLimits limits = HubSpotLimits.defaults();
    private URI formsUrl = URI.create("https://api.hsforms.com");
    private boolean authenticatedForms;

    private Builder() {}

    /** The account's burst limit. */
    public void burstLimit(int permits, Duration window) {
      limits = new HubSpotLimits(permits, window, limits.searchPermits(), limits.searchWindow());
    }

    /** The search API's limit. */
    public void searchLimit(int permits, Duration window) {
      limits = new HubSpotLimits(limits.burstPermits(), limits.burstWindow(), permits, window);
    }

    /** Where forms are submitted; https (plain http only for loopback hosts). */
    public void formsUrl(URI formsUrl) {
      Urls.requireSecure(formsUrl, "formsUrl");
      this.formsUrl = formsUrl;
    }

    /** Whether forms go to the authenticated endpoint. */
    public void authenticatedForms(boolean authenticatedForms) {
      this.authenticatedForms = authenticatedForms;
    }

    /** The settings, with the URLs (HubSpot's when empty) and lookback of the builder base. */
    public HubSpotSetup build(ConnectorBuilder<?> b) {
      URI api = b.baseUrl().orElse(HubSpotLimits.API);
      return new HubSpotSetup(
          limits.vendorDefaults(api, b.authUrl().orElse(HubSpotLimits.TOKEN)),
          formsUrl,
          authenticatedForms,
          b.changeLookback().orElse(ChangeFeed.DEFAULT_LOOKBACK),
          b.options().clock());
    }
  }
}
