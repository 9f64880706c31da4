package io.ikarus.connects.benchmarks;

import io.ikarus.connects.auth.OAuth2;
import io.ikarus.connects.salesforce.SalesforceConnector;
import io.ikarus.connects.testkit.FakeSalesforce;
import java.net.URI;

/** A FakeSalesforce with the org's real daily limit and the latency, and a connector for it. */
final class SalesforceFakes {

  /** An Enterprise org's base daily API allocation, which the fake enforces with 403s. */
  static final long DAILY_API_LIMIT = 100_000;

  private SalesforceFakes() {}

  /**
   * A fake answering after the latency, whose bulk jobs complete at the first poll (the fake works
   * instantly; a real org takes its time, which no client can shorten).
   */
  static FakeSalesforce start(HarnessOptions o) {
    FakeSalesforce sf =
        FakeSalesforce.builder().dailyApiLimit(DAILY_API_LIMIT).bulkPollsBeforeComplete(0).start();
    sf.faults().latency(o.latency());
    return sf;
  }

  /** A password-flow connector logging in at the fake, with every default. */
  static SalesforceConnector connector(FakeSalesforce sf) {
    return SalesforceConnector.builder()
        .auth(
            OAuth2.password(
                sf.clientId(), sf.clientSecret(), sf.username(), sf.password(), sf.securityToken()))
        .loginUrl(URI.create(sf.url()))
        .build();
  }
}
