package io.ikarus.connects.testkit;

/**
 * One vendor's wire behaviour: the router, wire format and error bodies of a fake built on {@link
 * AbstractFake}, which journals each call and applies the {@link Faults} around it.
 */
public interface VendorApi {

  /**
   * Answers one request; the fake's server calls it under its lock, so state needs no extra
   * locking. Tests reach a fake over HTTP, never through this method: a direct call skips the lock,
   * the journal and the faults.
   */
  FakeResponse handle(FakeRequest request);

  /** The vendor's error response for {@code status}, used by injected failures and crashes. */
  FakeResponse errorResponse(int status);
}
