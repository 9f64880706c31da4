package io.ikarus.connects.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.CrmRecord;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConflictStrategiesTest {

  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

  private static Conflict conflict(
      Map<String, Object> base,
      Map<String, Object> s,
      Map<String, Object> t,
      Instant ts,
      Instant tt) {
    return new Conflict(
        new CrmRecord("a", "s1", s, ts), new CrmRecord("b", "t1", t, tt), base, s, t, Set.of());
  }

  private static Conflict conflict(
      Map<String, Object> base, Map<String, Object> s, Map<String, Object> t) {
    return conflict(base, s, t, T0, T0);
  }

  @Test
  void sourceAndTargetWin() {
    Conflict c = conflict(Map.of("A", 1), Map.of("A", 2), Map.of("A", 3));
    assertThat(ConflictStrategies.sourceWins().resolve(c).values()).isEqualTo(Map.of("A", 2));
    assertThat(ConflictStrategies.targetWins().resolve(c).values()).isEqualTo(Map.of("A", 3));
  }

  @Test
  void newestWinsBeyondTheSkewElseTheTieBreaker() {
    ConflictStrategy s = ConflictStrategies.newestWins(Duration.ofSeconds(5));
    Map<String, Object> src = Map.of("A", "s");
    Map<String, Object> tgt = Map.of("A", "t");
    assertThat(s.resolve(conflict(null, src, tgt, T0, T0.plusSeconds(6))).values()).isEqualTo(tgt);
    assertThat(s.resolve(conflict(null, src, tgt, T0.plusSeconds(6), T0)).values()).isEqualTo(src);
    assertThat(s.resolve(conflict(null, src, tgt, T0, T0.plusSeconds(5))).values()).isEqualTo(src);
    assertThat(s.resolve(conflict(null, src, tgt, null, T0)).values()).isEqualTo(src);
    ConflictStrategy manualTies =
        ConflictStrategies.newestWins(Duration.ofSeconds(5), ConflictStrategies.manual());
    assertThat(manualTies.resolve(conflict(null, src, tgt, T0, T0.plusSeconds(1))).isManual())
        .isTrue();
  }

  @Test
  void fieldMergeTakesEachSidesOwnChanges() {
    Map<String, Object> base = Map.of("A", "a0", "B", "b0", "C", "c0");
    Map<String, Object> src = Map.of("A", "a1", "B", "b0", "C", "c0");
    Map<String, Object> tgt = Map.of("A", "a0", "B", "b1", "C", "c0");
    assertThat(ConflictStrategies.fieldMerge().resolve(conflict(base, src, tgt)).values())
        .isEqualTo(Map.of("A", "a1", "B", "b1", "C", "c0"));
  }

  @Test
  void fieldMergeBothChangedFallsBackToTheTieBreaker() {
    Map<String, Object> base = Map.of("A", "a0", "B", "b0");
    Map<String, Object> src = Map.of("A", "a1", "B", "bs");
    Map<String, Object> tgt = Map.of("A", "a0", "B", "bt");
    assertThat(ConflictStrategies.fieldMerge().resolve(conflict(base, src, tgt)).values())
        .isEqualTo(Map.of("A", "a1", "B", "bs"));
    assertThat(
            ConflictStrategies.fieldMerge(ConflictStrategies.targetWins())
                .resolve(conflict(base, src, tgt))
                .values())
        .isEqualTo(Map.of("A", "a1", "B", "bt"));
    assertThat(
            ConflictStrategies.fieldMerge(ConflictStrategies.manual())
                .resolve(conflict(base, src, tgt))
                .isManual())
        .isTrue();
  }

  @Test
  void fieldMergeHandlesAddedClearedAndEqualChanges() {
    Map<String, Object> base = new HashMap<>(Map.of("A", "a0", "B", new BigDecimal("1.0")));
    Map<String, Object> src = new HashMap<>(Map.of("A", "a0", "B", 1, "New", "n"));
    Map<String, Object> tgt = new HashMap<>(Map.of("B", new BigDecimal("1.00")));
    tgt.put("A", null);
    Map<String, Object> merged =
        ConflictStrategies.fieldMerge().resolve(conflict(base, src, tgt)).values();
    assertThat(merged).containsEntry("A", null).containsEntry("New", "n");
    assertThat(new BigDecimal(merged.get("B").toString())).isEqualByComparingTo("1");
  }

  @Test
  void fieldMergeWithoutBaseTreatsEveryDifferenceAsBothChanged() {
    Map<String, Object> src = Map.of("A", "s", "B", "same");
    Map<String, Object> tgt = Map.of("A", "t", "B", "same");
    assertThat(
            ConflictStrategies.fieldMerge(ConflictStrategies.targetWins())
                .resolve(conflict(null, src, tgt))
                .values())
        .isEqualTo(Map.of("A", "t", "B", "same"));
  }

  @Test
  void manualLeavesItAndNamesTheFields() {
    Conflict c =
        new Conflict(
            CrmRecord.of("a", "1", Map.of()),
            CrmRecord.of("b", "2", Map.of()),
            null,
            Map.of(),
            Map.of(),
            Set.of("Email"));
    ConflictResolution r = ConflictStrategies.manual().resolve(c);
    assertThat(r.isManual()).isTrue();
    assertThat(r.reason()).contains("Email");
  }
}
