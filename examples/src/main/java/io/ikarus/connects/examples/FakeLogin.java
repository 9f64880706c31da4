package io.ikarus.connects.examples;

import io.ikarus.connects.auth.OAuth2;
import io.ikarus.connects.salesforce.SalesforceConnector;
import io.ikarus.connects.testkit.FakeSalesforce;
import java.net.URI;

/** Connector builders that log in to a fake as {@link QuickStart} shows in full. */
final class FakeLogin {

  private FakeLogin() {}

  /** A Salesforce builder using the username-password flow against {@code fake}. */
  static SalesforceConnector.Builder salesforce(FakeSalesforce fake) {
    return SalesforceConnector.builder()
        .loginUrl(URI.create(fake.url()))
        .auth(
            OAuth2.password(
                fake.clientId(),
                fake.clientSecret(),
                fake.username(),
                fake.password(),
                fake.securityToken()));
  }
}
