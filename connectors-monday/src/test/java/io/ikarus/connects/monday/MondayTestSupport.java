package io.ikarus.connects.monday;

import io.ikarus.connects.testkit.FakeMonday;
import org.junit.jupiter.api.AfterEach;

/** A fresh FakeMonday and a connector on its sample board for each test. */
abstract class MondayTestSupport {

  /** The fake. */
  protected final FakeMonday fake = FakeMonday.start();

  /** A connector on the fake's sample board (object names other than ids mean that board). */
  protected final MondayConnector monday = MondayFixture.connector(fake).build();

  @AfterEach
  void stopFakeAndConnector() {
    monday.close();
    fake.close();
  }
}
