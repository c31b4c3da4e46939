package org.annals.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeBudgetTest {

  @Test
  void workPastItsBudgetIsStoppedAtItsNextCheckpointAndTheThreadIsFreeAgain() {
    long start = System.nanoTime();
    assertThatThrownBy(() -> TimeBudget.run(Duration.ofMillis(200), () -> {
      while (true) {
        TimeBudget.checkpoint();
        Math.sqrt(System.nanoTime());
      }
    })).isInstanceOf(TimeBudget.TooSlow.class).hasMessageContaining("longer than 200 ms");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
    // the next article has its whole budget, and an interrupt from the last one does not reach it
    assertThat(TimeBudget.run(Duration.ofSeconds(5), () -> "done")).isEqualTo("done");
  }

  @Test
  void workThatWaitsIsWokenAndReportedTooSlow() {
    assertThatThrownBy(() -> TimeBudget.run(Duration.ofMillis(100), () -> {
      try {
        Thread.sleep(60_000);
        return "slept";
      } catch (InterruptedException e) {
        throw new IllegalStateException("woken", e);
      }
    })).isInstanceOf(TimeBudget.TooSlow.class);
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }

  @Test
  void failuresWithinTheBudgetAreTheirOwn() {
    assertThatThrownBy(() -> TimeBudget.run(Duration.ofSeconds(5), () -> {
      throw new IllegalArgumentException("bad article");
    })).isInstanceOf(IllegalArgumentException.class).hasMessage("bad article");
  }
}
