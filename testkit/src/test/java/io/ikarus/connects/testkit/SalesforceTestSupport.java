package io.ikarus.connects.testkit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Starts a default FakeSalesforce and a client holding a valid token around each test. */
abstract class SalesforceTestSupport {

  protected FakeSalesforce sf;
  protected SfHttp http;

  /** The fake to start; tests override to configure it. */
  protected FakeSalesforce newFake() {
    return FakeSalesforce.start();
  }

  @BeforeEach
  void startFake() {
    sf = newFake();
    http = new SfHttp(sf);
  }

  @AfterEach
  void stopFake() {
    sf.close();
  }
}
