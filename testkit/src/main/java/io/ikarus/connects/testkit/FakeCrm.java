package io.ikarus.connects.testkit;

import java.time.Clock;

/**
 * What every fake of the test kit offers, whatever vendor it speaks: where it listens, where tokens
 * are obtained, the calls it received, fault injection, its clock, token expiry, a reset between
 * tests and {@link #close()}.
 *
 * <p>In JUnit 5, {@link FakeCrmExtension} starts a fake once, resets it before each test and closes
 * it at the end: {@code @RegisterExtension static final FakeCrmExtension<FakeHubSpot> HS =
 * FakeHubSpot.builder().instantSearch().extension();}. Implementations are thread-safe.
 */
public interface FakeCrm extends AutoCloseable {

  /** The base URL the connector's {@code base_url} points at, {@code http://127.0.0.1:<port>}. */
  String url();

  /**
   * The URL the connector's {@code auth_url} points at (token endpoint host or full token URL, as
   * the vendor's connector expects); {@link #url()} for fakes whose tokens come from the same host
   * or that have no token endpoint.
   */
  default String authUrl() {
    return url();
  }

  /** The calls received so far. */
  Journal journal();

  /** Fault injection for the next calls. */
  Faults faults();

  /** The clock the fake stamps records, expires tokens and counts quotas with. */
  Clock clock();

  /** Makes every access token issued so far invalid: its next use is answered 401. */
  void expireTokens();

  /**
   * Forgets the journal and every pending fault, so the next test starts from a quiet fake; the
   * stored records, tokens and quota counters are kept.
   */
  default void reset() {
    journal().clear();
    faults().clear();
  }

  /** Stops the server. */
  @Override
  void close();
}
