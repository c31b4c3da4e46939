package org.annals.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StageTimesTest {

  @Test
  void lapsAddUpPerStageInPipelineOrderUntilReset() {
    StageTimes times = new StageTimes();
    long start = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(200);
    long next = times.lap("annotate", start);
    times.lap("events", next - TimeUnit.MILLISECONDS.toNanos(100));
    times.lap("annotate", System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(200));

    assertThat(times.seconds()).containsOnlyKeys("annotate", "events");
    assertThat(times.seconds().keySet()).containsExactly("annotate", "events");
    assertThat(times.seconds().get("annotate")).isBetween(0.4, 1.0);
    assertThat(times.seconds().get("events")).isBetween(0.1, 0.5);
    times.reset();
    assertThat(times.seconds().get("annotate")).isZero();
  }
}
