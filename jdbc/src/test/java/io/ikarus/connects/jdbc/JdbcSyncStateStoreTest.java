package io.ikarus.connects.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.Checkpoint;
import io.ikarus.connects.sync.PendingRecord;
import io.ikarus.connects.sync.SyncLink;
import io.ikarus.connects.sync.SyncSide;
import io.ikarus.connects.sync.SyncStateException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The JDBC store on a real PostgreSQL (array statements): the semantics the engine relies on, and
 * the schema. {@link H2SyncStateStoreTest} runs the same on H2 (portable statements).
 */
class JdbcSyncStateStoreTest {

  private String prefix;
  private JdbcSyncStateStore store;

  /** The database under test. */
  DataSource dataSource() {
    return TestDatabase.dataSource();
  }

  @BeforeEach
  void open() {
    prefix = TestDatabase.freshPrefix("st");
    store = JdbcSyncStateStore.builder(dataSource()).tablePrefix(prefix).build();
  }

  private void execute(String sql) {
    try (Connection c = dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  private static SyncLink link(String source, String target) {
    return new SyncLink(source, target, "hs-" + source, "ht-" + target, Map.of("Name", source));
  }

  @Test
  void checkpointsAreStoredPerJobAndSideAndReplaced() {
    assertThat(store.checkpoint("j", SyncSide.SOURCE)).isEmpty();
    store.saveCheckpoint("j", SyncSide.SOURCE, Checkpoint.parse("a1"));
    store.saveCheckpoint("j", SyncSide.SOURCE, Checkpoint.parse("a2"));
    store.saveCheckpoint("other", SyncSide.TARGET, Checkpoint.parse("b"));

    assertThat(store.checkpoint("j", SyncSide.SOURCE)).contains(Checkpoint.parse("a2"));
    assertThat(store.checkpoint("j", SyncSide.TARGET)).isEmpty();
    assertThat(store.checkpoint("other", SyncSide.TARGET)).contains(Checkpoint.parse("b"));
  }

  @Test
  void linksAreFoundByEitherSideAndASaveReplacesLinksSharingEitherId() {
    store.saveLinks("j", List.of(link("s1", "t1"), link("s2", "t2"), link("s3", "t3")));
    store.saveLinks("j", List.of(link("s1", "t2")));

    assertThat(store.links("j", SyncSide.SOURCE, List.of("s1", "s2", "s3", "nope")))
        .containsOnlyKeys("s1", "s3")
        .containsEntry("s1", link("s1", "t2"));
    assertThat(store.links("j", SyncSide.TARGET, List.of("t1", "t2"))).containsOnlyKeys("t2");
    assertThat(store.links("other", SyncSide.SOURCE, List.of("s1"))).isEmpty();
  }

  @Test
  void withinOneSaveALaterLinkReplacesAnEarlierOne() {
    store.saveLinks("j", List.of(link("s1", "t1"), link("s2", "t1"), link("s1", "t3")));

    assertThat(store.links("j", SyncSide.SOURCE, List.of("s1", "s2")))
        .containsOnlyKeys("s1", "s2")
        .containsEntry("s1", link("s1", "t3"))
        .containsEntry("s2", link("s2", "t1"));
  }

  @Test
  void removeLinksMatchesBySourceId() {
    store.saveLinks("j", List.of(link("s1", "t1"), link("s2", "t2")));
    store.removeLinks("j", List.of(link("s1", "whatever")));

    assertThat(store.links("j", SyncSide.SOURCE, List.of("s1", "s2"))).containsOnlyKeys("s2");
  }

  @Test
  void aBaseKeepsNullsDecimalsAndNestingAndALinkWithoutBaseStaysWithout() {
    Map<String, Object> base = new LinkedHashMap<>();
    base.put("Amount", new BigDecimal("12.50"));
    base.put("Phone", null);
    base.put("Tags", List.of("a", "b"));
    store.saveLinks("j", List.of(new SyncLink("s", "t", "h1", "h2", base)));
    store.saveLinks("j", List.of(new SyncLink("s0", "t0", "h1", "h2", null)));

    assertThat(store.links("j", SyncSide.SOURCE, List.of("s")).get("s").base()).isEqualTo(base);
    assertThat(store.links("j", SyncSide.SOURCE, List.of("s0")).get("s0").base()).isNull();
  }

  @Test
  void pendingRecordsKeepTheirFirstPositionWhenSavedAgain() {
    store.savePending(
        "j",
        List.of(
            PendingRecord.retry(SyncSide.SOURCE, "a"),
            new PendingRecord(SyncSide.TARGET, "a", "h1"),
            PendingRecord.retry(SyncSide.SOURCE, "b")));
    store.savePending(
        "j",
        List.of(
            new PendingRecord(SyncSide.SOURCE, "a", "h2"),
            PendingRecord.retry(SyncSide.SOURCE, "c")));
    store.removePending("j", List.of(PendingRecord.retry(SyncSide.TARGET, "a")));

    assertThat(store.pending("j"))
        .containsExactly(
            new PendingRecord(SyncSide.SOURCE, "a", "h2"),
            PendingRecord.retry(SyncSide.SOURCE, "b"),
            PendingRecord.retry(SyncSide.SOURCE, "c"));
    assertThat(store.pending("other")).isEmpty();
  }

  @Test
  void manyIdsAreReadAndWrittenAcrossStatementChunks() {
    List<SyncLink> links =
        java.util.stream.IntStream.range(0, 2_345).mapToObj(i -> link("s" + i, "t" + i)).toList();
    store.saveLinks("j", links);
    List<String> targets = links.stream().map(SyncLink::targetId).toList();

    assertThat(store.links("j", SyncSide.TARGET, targets)).hasSize(2_345);
    store.removeLinks("j", links.subList(0, 1_200));
    assertThat(store.links("j", SyncSide.TARGET, targets)).hasSize(1_145);
  }

  @Test
  void moreIdsThanOneArrayAreReadReplacedAndRemoved() {
    int n = 12_345;
    List<SyncLink> links =
        java.util.stream.IntStream.range(0, n).mapToObj(i -> link("s" + i, "t" + i)).toList();
    store.saveLinks("j", links);
    List<String> sources = links.stream().map(SyncLink::sourceId).toList();
    List<SyncLink> moved =
        java.util.stream.IntStream.range(0, n).mapToObj(i -> link("s" + i, "u" + i)).toList();

    store.saveLinks("j", moved);

    Map<String, SyncLink> found = store.links("j", SyncSide.SOURCE, sources);
    assertThat(found).hasSize(n);
    assertThat(found.get("s12344")).isEqualTo(link("s12344", "u12344"));
    assertThat(store.links("j", SyncSide.TARGET, List.of("t0", "t12344"))).isEmpty();
    store.removeLinks("j", moved.subList(0, 11_000));
    assertThat(store.links("j", SyncSide.SOURCE, sources)).hasSize(n - 11_000);
  }

  @Test
  void reopeningKeepsTheStateAndDoesNotMigrateAgain() {
    store.saveLinks("j", List.of(link("s1", "t1")));
    JdbcSyncStateStore again = JdbcSyncStateStore.builder(dataSource()).tablePrefix(prefix).build();

    assertThat(again.links("j", SyncSide.SOURCE, List.of("s1"))).containsOnlyKeys("s1");
  }

  @Test
  void aSchemaNewerThanTheLibraryIsRefusedNotTouched() {
    execute("INSERT INTO " + prefix + "schema_version (version) VALUES (99)");

    assertThatThrownBy(() -> JdbcSyncStateStore.builder(dataSource()).tablePrefix(prefix).build())
        .isInstanceOf(SyncStateException.class)
        .hasMessageContaining("schema version 99");
  }

  @Test
  void aBadPrefixIsRejectedByName() {
    assertThatThrownBy(() -> JdbcSyncStateStore.builder(dataSource()).tablePrefix("x; DROP"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tablePrefix \"x; DROP\"");
  }

  @Test
  void aFailedSaveLeavesNothingOfItBehind() {
    store.saveLinks("j", List.of(link("s1", "t1")));
    SyncLink tooLong = link("s2", "t".repeat(300));

    assertThatThrownBy(() -> store.saveLinks("j", List.of(link("s1", "t9"), tooLong)))
        .isInstanceOf(SyncStateException.class)
        .hasMessageContaining("save 2 links of sync job j");
    assertThat(store.links("j", SyncSide.SOURCE, List.of("s1")).get("s1"))
        .isEqualTo(link("s1", "t1"));
  }
}
