package io.ikarus.connects.testkit.internal.quota;

import static org.assertj.core.api.Assertions.assertThat;

import io.ikarus.connects.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CostBudgetTest {

  private final MutableClock clock = MutableClock.at(Instant.parse("2026-03-01T22:30:00Z"));

  @Test
  void aDailyBudgetRefillsAtMidnightInItsZoneNotInUtc() {
    // 22:30 UTC is 23:30 in Berlin (CET): midnight there comes at 23:00 UTC
    CostBudget budget = CostBudget.daily(clock, ZoneId.of("Europe/Berlin"), 10);
    assertThat(budget.tryCharge(8)).isTrue();
    assertThat(budget.tryCharge(3)).as("8 + 3 exceeds 10").isFalse();
    assertThat(budget.used()).as("a refused charge spends nothing").isEqualTo(8);

    clock.advance(Duration.ofMinutes(31));

    assertThat(budget.used()).isZero();
    assertThat(budget.tryCharge(10)).isTrue();
    assertThat(budget.remaining()).isZero();
  }

  @Test
  void aWindowBudgetOpensWithTheFirstChargeAndRefillsAfterTheWindow() {
    CostBudget budget = CostBudget.window(clock, Duration.ofSeconds(60), 100);
    assertThat(budget.tryCharge(70)).isTrue();
    clock.advance(Duration.ofSeconds(20));
    assertThat(budget.tryCharge(40)).isFalse();
    assertThat(budget.secondsToReset()).isEqualTo(40);

    clock.advance(Duration.ofSeconds(40));

    assertThat(budget.remaining()).isEqualTo(100);
    assertThat(budget.tryCharge(40)).isTrue();
    assertThat(budget.secondsToReset()).as("the new window opened now").isEqualTo(60);
  }

  @Test
  void chargeSpendsBeyondTheLimitForTrafficASwitchedOffLimitLetsThrough() {
    CostBudget budget = CostBudget.total(5);
    budget.charge(7);

    assertThat(budget.used()).isEqualTo(7);
    assertThat(budget.remaining()).isZero();
    assertThat(budget.fits(1)).isFalse();
    assertThat(budget.secondsToReset()).isZero();
  }
}
