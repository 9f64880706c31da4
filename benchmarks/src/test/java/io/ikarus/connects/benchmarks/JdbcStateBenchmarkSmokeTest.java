package io.ikarus.connects.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link JdbcStateBenchmark} small, so it keeps working; {@code -Djdbc.bench.links=1000000
 * -Djdbc.bench.changed=100000} measures the full size.
 */
class JdbcStateBenchmarkSmokeTest {

  @Test
  void savesLinksAndRunsAnIncrementalRunsStateIo() throws Exception {
    int links = Integer.getInteger("jdbc.bench.links", 2_000);
    int changed = Integer.getInteger("jdbc.bench.changed", 200);

    List<String> rows = JdbcStateBenchmark.run(links, changed);

    rows.forEach(System.out::println);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0))
        .startsWith("| JDBC state store: saveLinks")
        .contains("| " + links + " |");
    assertThat(rows.get(1)).contains("incremental run").contains("| " + changed + " |");
  }
}
