package org.annals.link.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TermWeightsTest {

  @Test
  void keepsTheOrderTermsCameInAndFindsEachByName() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("kyiv", 0.5);
    m.put("attack", 0.25);
    m.put("missile", 0.125);
    TermWeights w = TermWeights.of(m);
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
  void noTermsIsTheEmptyOne() {
    assertThat(TermWeights.of(Map.of())).isSameAs(TermWeights.EMPTY);
    assertThat(TermWeights.EMPTY.isEmpty()).isTrue();
    assertThat(TermWeights.EMPTY.get("kyiv")).isNaN();
  }
}
