package io.ikarus.connects.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Two JVMs race for one job's lock: exactly one wins; killing it frees the job. */
class TwoJvmLockTest {

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void exactlyOneOfTwoJvmsRunsAJob(boolean lockRows) throws Exception {
    String prefix = TestDatabase.freshPrefix("race");
    JdbcSyncStateStore.builder(TestDatabase.dataSource()).tablePrefix(prefix).build();
    String[] args = {TestDatabase.jdbcUrl(), prefix, "contacts", String.valueOf(lockRows)};
    try (ChildJvm a = ChildJvm.start(LockChild.class, args);
        ChildJvm b = ChildJvm.start(LockChild.class, args)) {
      assertThat(a.readLine()).isEqualTo("ready");
      assertThat(b.readLine()).isEqualTo("ready");
      go(a, b);
      List<String> answers = new ArrayList<>(List.of(a.readLine(), b.readLine()));

      assertThat(answers).filteredOn("won"::equals).hasSize(1);
      assertThat(answers)
          .filteredOn(s -> s.startsWith("locked: sync job contacts is already running elsewhere"))
          .hasSize(1);
      ChildJvm winner = "won".equals(answers.get(0)) ? a : b;
      if (lockRows) {
        winner.finish();
        assertThat(winner.waitFor()).isZero();
      } else {
        winner.kill(); // the server ends the dead runner's session and its advisory lock
      }
      store(prefix).lock("contacts", Duration.ofMinutes(1)).close();
    }
  }

  private static JdbcSyncStateStore store(String prefix) {
    return JdbcSyncStateStore.builder(TestDatabase.dataSource()).tablePrefix(prefix).build();
  }

  private static void go(ChildJvm... children) throws IOException {
    for (ChildJvm child : children) {
      OutputStream in = child.stdin();
      in.write('\n');
      in.flush();
    }
  }
}
