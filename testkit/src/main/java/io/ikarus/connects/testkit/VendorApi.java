package io.ikarus.connects.testkit;

/**
 * One vendor's wire behaviour: the router, wire format and error bodies of a fake built on {@link
 * AbstractFake}, which journals each call and applies the {@link Faults} around it.
 */
public interface VendorApi {

  /** Answers one request; runs under the server's lock, so state needs no extra locking. */
  FakeResponse handle(FakeRequest request);

  /** The vendor's error response for {@code status}, used by injected failures and crashes. */
  FakeResponse errorResponse(int status);
}
