package io.ikarus.connects.testkit.internal;

/** One vendor's wire behaviour, plugged into a {@link FakeHttpServer}. */
public interface VendorApi {

  /** Answers one request; runs under the server's lock, so state needs no extra locking. */
  FakeResponse handle(FakeRequest request);

  /** The vendor's error response for {@code status}, used by injected failures and crashes. */
  FakeResponse errorResponse(int status);
}
