package io.ikarus.connects.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.event.ConnectorListener;
import io.ikarus.connects.sync.SyncReport;
import io.ikarus.connects.testkit.FakeHubSpot;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A runner JVM killed in the middle of its writes, then a rerun on the same state: every record
 * arrives once, none twice, and the run after that has nothing to do.
 */
class KillMidRunTest {

  private static final int CONTACTS = 2_000;

  @Test
  void aRunnerKilledMidRunLosesAndDuplicatesNothingOnRerun() throws Exception {
    String prefix = TestDatabase.freshPrefix("kill");
    try (FakeHubSpot a = FakeHubSpot.builder().sampleData(false).instantSearch().start();
        FakeHubSpot b = FakeHubSpot.builder().sampleData(false).instantSearch().start()) {
      for (int i = 0; i < CONTACTS; i++) {
        a.insert(
            "contacts",
            Map.of("email", "c" + i + "@example.com", "firstname", "F" + i, "lastname", "L" + i));
      }
      String[] args = {
        TestDatabase.jdbcUrl(), prefix, a.url(), a.privateAppToken(), b.url(), b.privateAppToken()
      };
      try (ChildJvm child = ChildJvm.start(SyncChild.class, args)) {
        assertThat(child.readLine()).isEqualTo("halting after a batch create");
        assertThat(child.waitFor()).isEqualTo(3);
      }
      long written = b.count("contacts");
      assertThat(written).as("created before the kill").isBetween(100L, CONTACTS - 100L);

      SyncReport rerun = rerun(prefix, a, b);

      assertThat(rerun.failures()).isEmpty();
      assertThat(rerun.target().created()).isEqualTo(CONTACTS - written);
      assertThat(b.count("contacts")).isEqualTo(CONTACTS);
      assertThat(emailsOf(b)).hasSize(CONTACTS).allSatisfy((email, n) -> assertThat(n).isOne());
      assertThat(rerun(prefix, a, b).isQuiet()).isTrue();
    }
  }

  private static SyncReport rerun(String prefix, FakeHubSpot a, FakeHubSpot b) {
    return SyncChild.job(
            TestDatabase.dataSource(),
            prefix,
            a.url(),
            a.privateAppToken(),
            b.url(),
            b.privateAppToken(),
            ConnectorListener.NONE)
        .run()
        .join();
  }

  private static Map<String, Integer> emailsOf(FakeHubSpot b) {
    Map<String, Integer> out = new HashMap<>();
    SyncChild.hubspot(b.url(), b.privateAppToken(), ConnectorListener.NONE)
        .forEach(
            io.ikarus.connects.Query.of("contacts"),
            r -> out.merge(String.valueOf(r.field("email")), 1, Integer::sum))
        .join();
    return out;
  }
}
