package io.ikarus.connects.examples;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.auth.BearerTokenAuth;
import io.ikarus.connects.auth.OAuth2;
import io.ikarus.connects.hubspot.HubSpotConnector;
import io.ikarus.connects.salesforce.SalesforceConnector;
import io.ikarus.connects.testkit.FakeHubSpot;
import io.ikarus.connects.testkit.FakeSalesforce;
import java.net.URI;

/**
 * FakeSalesforce and FakeHubSpot running in this process, and connectors that reach them exactly as
 * they would reach the real services: OAuth username-password flow for Salesforce, a private-app
 * token for HubSpot.
 */
final class OfflineCrms extends Crms {

  private final FakeSalesforce salesforceServer;
  private final FakeHubSpot hubspotServer;

  private OfflineCrms(FakeSalesforce sf, FakeHubSpot hs) {
    super(
        listener ->
            SalesforceConnector.builder()
                .loginUrl(URI.create(sf.url()))
                .auth(
                    OAuth2.password(
                        sf.clientId(),
                        sf.clientSecret(),
                        sf.username(),
                        sf.password(),
                        sf.securityToken()))
                .options(ClientOptions.builder().listener(listener).build())
                .build(),
        listener ->
            HubSpotConnector.builder()
                .defaultObject("contacts")
                .auth(BearerTokenAuth.of(hs.privateAppToken()))
                .options(
                    ClientOptions.builder()
                        .baseUrl(URI.create(hs.url()))
                        .listener(listener)
                        .build())
                .build());
    this.salesforceServer = sf;
    this.hubspotServer = hs;
  }

  /** Starts both fakes, empty, and connectors to them. */
  static OfflineCrms start() {
    return new OfflineCrms(
        FakeSalesforce.builder().sampleData(false).start(),
        FakeHubSpot.builder().sampleData(false).instantSearch().start());
  }

  /** The fake Salesforce server, for seeding. */
  FakeSalesforce salesforceServer() {
    return salesforceServer;
  }

  /** The fake HubSpot server, for seeding. */
  FakeHubSpot hubspotServer() {
    return hubspotServer;
  }

  @Override
  String mode() {
    return "offline: embedded FakeSalesforce at "
        + salesforceServer.url()
        + " and FakeHubSpot at "
        + hubspotServer.url();
  }

  @Override
  boolean offline() {
    return true;
  }

  @Override
  public void close() {
    super.close();
    salesforceServer.close();
    hubspotServer.close();
  }
}
