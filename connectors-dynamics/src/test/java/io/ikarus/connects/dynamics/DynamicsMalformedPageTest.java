package io.ikarus.connects.dynamics;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.Query;
import io.ikarus.connects.error.MalformedResponseException;
import io.ikarus.connects.testkit.FakeDynamics;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A collection answer without its {@code value} array is a typed error, not an empty last page. */
class DynamicsMalformedPageTest {

  private final FakeDynamics fake = DynamicsFixture.start();
  private final DynamicsConnector crm = DynamicsFixture.secret(fake, null).build();

  @AfterEach
  void stop() {
    crm.close();
    fake.close();
  }

  @Test
  void anEmptyObjectAnsweringAQueryIsMalformedNotAnEmptyLastPage() {
    crm.query(Query.of("accounts").fields("name")).join();
    fake.faults()
        .respondNext(
            1, c -> c.path().equals(DynamicsFixture.API + "/accounts"), 200, "{}", Map.of());

    assertThatThrownBy(() -> crm.query(Query.of("accounts").fields("name")).join())
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("'value'");
  }
}
