package io.ikarus.connects.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ikarus.connects.Checkpoint;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSyncStateStoreTest {

  @TempDir Path dir;

  private Path file() {
    return dir.resolve("state.json");
  }

  @Test
  void everyChangeIsDurableAcrossReopen() throws IOException {
    FileSyncStateStore store = FileSyncStateStore.open(file());
    SyncLink link =
        new SyncLink(
            "s1", "t1", "h1", "h2", Map.of("Amount", new BigDecimal("12.50"), "Name", "Ada"));
    store.saveCheckpoint("job", SyncSide.SOURCE, Checkpoint.parse("17"));
    store.saveLinks("job", List.of(link));
    store.savePending(
        "job",
        List.of(
            PendingRecord.retry(SyncSide.TARGET, "t9"),
            new PendingRecord(SyncSide.SOURCE, "s2", "abc")));
    store.removePending("job", List.of(PendingRecord.retry(SyncSide.TARGET, "t9")));
    store.close();

    FileSyncStateStore reopened = FileSyncStateStore.open(file());
    assertThat(reopened.checkpoint("job", SyncSide.SOURCE)).contains(Checkpoint.parse("17"));
    assertThat(reopened.checkpoint("job", SyncSide.TARGET)).isEmpty();
    SyncLink back = reopened.links("job", SyncSide.TARGET, List.of("t1", "t2")).get("t1");
    assertThat(back.sourceId()).isEqualTo("s1");
    assertThat(back.base())
        .containsEntry("Amount", new BigDecimal("12.50"))
        .containsEntry("Name", "Ada");
    assertThat(reopened.pending("job"))
        .containsExactly(new PendingRecord(SyncSide.SOURCE, "s2", "abc"));
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file());
    }
  }

  @Test
  void linksAreReplacedByEitherIdAndRemoved() {
    FileSyncStateStore store = FileSyncStateStore.open(file());
    store.saveLinks("job", List.of(new SyncLink("s1", "t1", "a", "b", null)));
    store.saveLinks("job", List.of(new SyncLink("s2", "t1", "a", "b", null)));
    assertThat(store.links("job", SyncSide.SOURCE, List.of("s1", "s2"))).containsOnlyKeys("s2");
    store.removeLinks("job", List.of(new SyncLink("s2", "t1", "a", "b", null)));
    store.close();
    assertThat(FileSyncStateStore.open(file()).links("job", SyncSide.TARGET, List.of("t1")))
        .isEmpty();
  }

  @Test
  void corruptFileIsAnErrorAndIsLeftUntouched() throws IOException {
    Files.writeString(
        file(), "{\"format\": \"ikarus-connects-sync-state\", \"version\": 1, \"jobs\": {");
    assertThatThrownBy(() -> FileSyncStateStore.open(file()))
        .isInstanceOf(SyncStateException.class)
        .hasMessageContaining("is unusable")
        .hasMessageContaining("not valid JSON");
    assertThat(Files.readString(file())).endsWith("\"jobs\": {");
  }

  @Test
  void foreignOrNewerFilesAreRefused() throws IOException {
    Files.writeString(file(), "{\"hello\": \"world\"}");
    assertThatThrownBy(() -> FileSyncStateStore.open(file()))
        .isInstanceOf(SyncStateException.class)
        .hasMessageContaining("not an Ikarus Connects sync state file");
    Files.writeString(
        file(), "{\"format\": \"ikarus-connects-sync-state\", \"version\": 2, \"jobs\": {}}");
    assertThatThrownBy(() -> FileSyncStateStore.open(file())).hasMessageContaining("version 2");
    Files.writeString(
        file(),
        "{\"format\": \"ikarus-connects-sync-state\", \"version\": 1, \"jobs\": {\"j\": {\"links\": 5}}}");
    assertThatThrownBy(() -> FileSyncStateStore.open(file())).hasMessageContaining("malformed");
    Files.write(file(), new byte[] {(byte) 0xff, 0x00, 0x13}, new java.nio.file.OpenOption[0]);
    assertThatThrownBy(() -> FileSyncStateStore.open(file()))
        .isInstanceOf(SyncStateException.class);
  }

  @Test
  void failedWriteKeepsTheLastDurableState() throws IOException {
    FileSyncStateStore store = FileSyncStateStore.open(file());
    store.saveCheckpoint("job", SyncSide.SOURCE, Checkpoint.parse("1"));
    Path blocked = dir.resolve("blocked");
    Files.createDirectory(blocked);
    FileSyncStateStore elsewhere = FileSyncStateStore.open(blocked.resolve("state.json"));
    blocked.toFile().setWritable(false);
    try {
      if (!Files.isWritable(blocked)) {
        assertThatThrownBy(
                () -> elsewhere.saveCheckpoint("job", SyncSide.SOURCE, Checkpoint.parse("2")))
            .isInstanceOf(SyncStateException.class)
            .hasMessageContaining("cannot write");
        assertThat(elsewhere.checkpoint("job", SyncSide.SOURCE)).isEmpty();
      }
    } finally {
      blocked.toFile().setWritable(true);
    }
    assertThat(new String(Files.readAllBytes(file()), StandardCharsets.UTF_8))
        .contains("\"SOURCE\" : \"1\"");
  }

  @Test
  void aSyncJobRunsOnTheFileStoreAcrossRestarts() {
    SyncFixture f = new SyncFixture();
    f.store = FileSyncStateStore.open(file());
    f.createA("ada@example.com", "Ada");
    f.run(SyncDirection.BIDIRECTIONAL);
    ((FileSyncStateStore) f.store).close();
    f.store = FileSyncStateStore.open(file());
    f.a.clearJournal();
    f.b.clearJournal();
    assertThat(f.run(SyncDirection.BIDIRECTIONAL).isQuiet()).isTrue();
    assertThat(f.b.writes()).isEmpty();
  }
}
