package org.annals.link.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermWeightsTest {

  @Test
  void keepsTheOrderTermsCameInAndFindsEachByName() {
    TermWeights w = new TermWeights(new String[] {"kyiv", "attack", "missile"}, new double[] {0.5, 0.25, 0.125});
    assertThat(w.terms()).containsExactly("kyiv", "attack", "missile");
    assertThat(w.size()).isEqualTo(3);
    assertThat(w.term(1)).isEqualTo("attack");
    assertThat(w.weight(1)).isEqualTo(0.25);
    assertThat(w.get("missile")).isEqualTo(0.125);
    assertThat(w.get("kyiv")).isEqualTo(0.5);
    assertThat(w.get("attack")).isEqualTo(0.25);
    assertThat(w.get("lviv")).isNaN();
    assertThat(w.get("a")).isNaN();
    assertThat(w.get("zz")).isNaN();
  }

  @Test
  void theEmptyOneHoldsNoTerm() {
    assertThat(TermWeights.EMPTY.isEmpty()).isTrue();
    assertThat(TermWeights.EMPTY.terms()).isEmpty();
    assertThat(TermWeights.EMPTY.get("kyiv")).isNaN();
  }
}
