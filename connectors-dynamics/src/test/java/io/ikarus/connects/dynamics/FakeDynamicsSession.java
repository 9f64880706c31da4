package io.ikarus.connects.dynamics;

import io.ikarus.connects.contract.RecordingScheduler;
import io.ikarus.connects.testkit.FakeDynamics;
import org.junit.jupiter.api.AfterEach;

/**
 * The set-up most Dynamics tests share: a started fake with the test certificate, a recording
 * scheduler and a client-secret connector with fast retries, all closed after each test.
 */
abstract class FakeDynamicsSession {

  protected final FakeDynamics fake = DynamicsFixture.start();
  protected final RecordingScheduler scheduler = new RecordingScheduler(100);
  protected final DynamicsConnector crm = DynamicsFixture.secret(fake, scheduler).build();

  @AfterEach
  void stopSession() {
    crm.close();
    scheduler.shutdownNow();
    fake.close();
  }
}
