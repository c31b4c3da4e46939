package org.annals.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusteringScoresTest {

  @Test
  void perfectClusteringScoresOne() {
    ClusteringScores s = ClusteringScores.of(List.of(1, 1, 2), List.of("x", "x", "y"));
    assertThat(s.b3F1()).isEqualTo(1.0);
    assertThat(s.pairF1()).isEqualTo(1.0);
  }

  @Test
  void allSingletonsHavePerfectPrecisionAndPartRecall() {
    // Gold {a,b,c} {d}: B3 recall = (1/3 * 3 + 1) / 4 = 0.5.
    ClusteringScores s = ClusteringScores.of(List.of(1, 1, 1, 2), List.of(1, 2, 3, 4));
    assertThat(s.b3P()).isEqualTo(1.0);
    assertThat(s.b3R()).isCloseTo(0.5, within(1e-9));
    assertThat(s.pairR()).isEqualTo(0.0);
  }

  @Test
  void oneBigClusterHasFullRecall() {
    // Predicted {a,b,c,d}: B3 precision = (3 * 3/4 + 1/4) / 4 = 0.625; pairs 3 of 6 right.
    ClusteringScores s = ClusteringScores.of(List.of(1, 1, 1, 2), List.of(0, 0, 0, 0));
    assertThat(s.b3R()).isEqualTo(1.0);
    assertThat(s.b3P()).isCloseTo(0.625, within(1e-9));
    assertThat(s.pairP()).isCloseTo(0.5, within(1e-9));
  }
}
