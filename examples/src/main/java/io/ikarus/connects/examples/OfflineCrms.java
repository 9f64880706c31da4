package io.ikarus.connects.examples;

import io.ikarus.connects.ClientOptions;
import io.ikarus.connects.CrmConnector;
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
final class OfflineCrms implements Crms {

  private final FakeSalesforce salesforceServer;
  private final FakeHubSpot hubspotServer;
  private final CallCounter salesforceCalls = new CallCounter();
  private final CallCounter hubspotCalls = new CallCounter();
  private final SalesforceConnector salesforce;
  private final HubSpotConnector hubspot;

  OfflineCrms() {
    salesforceServer = FakeSalesforce.builder().sampleData(false).start();
    hubspotServer = FakeHubSpot.builder().sampleData(false).start();
    salesforce =
        SalesforceConnector.builder()
            .loginUrl(URI.create(salesforceServer.url()))
            .auth(
                OAuth2.password(
                    salesforceServer.clientId(),
                    salesforceServer.clientSecret(),
                    salesforceServer.username(),
                    salesforceServer.password(),
                    salesforceServer.securityToken()))
            .options(ClientOptions.builder().listener(salesforceCalls).build())
            .build();
    hubspot =
        HubSpotConnector.builder()
            .objectType("contacts")
            .auth(BearerTokenAuth.of(hubspotServer.privateAppToken()))
            .options(
                ClientOptions.builder()
                    .baseUrl(URI.create(hubspotServer.url()))
                    .listener(hubspotCalls)
                    .build())
            .build();
  }

  /** The fake Salesforce server, for seeding and editing. */
  FakeSalesforce salesforceServer() {
    return salesforceServer;
  }

  /** The fake HubSpot server, for seeding and editing. */
  FakeHubSpot hubspotServer() {
    return hubspotServer;
  }

  @Override
  public String mode() {
    return "offline: embedded FakeSalesforce at "
        + salesforceServer.url()
        + " and FakeHubSpot at "
        + hubspotServer.url();
  }

  @Override
  public boolean offline() {
    return true;
  }

  @Override
  public CrmConnector salesforce() {
    return salesforce;
  }

  @Override
  public CrmConnector hubspot() {
    return hubspot;
  }

  @Override
  public long salesforceCalls() {
    return salesforceCalls.calls();
  }

  @Override
  public long hubspotCalls() {
    return hubspotCalls.calls();
  }

  @Override
  public void close() {
    salesforce.close();
    hubspot.close();
    salesforceServer.close();
    hubspotServer.close();
  }
}
