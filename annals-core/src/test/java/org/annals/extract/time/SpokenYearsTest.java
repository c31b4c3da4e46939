package org.annals.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.annals.model.RawTimex;
import org.annals.model.TimexType;
import org.junit.jupiter.api.Test;

class SpokenYearsTest {

  @Test
  void untaggedSpokenYearIsAdded() {
    String text = "In nineteen ninety-one Charles Keating was convicted.";
    List<RawTimex> out = SpokenYears.complete(text, List.of(), s -> 0);
    assertThat(out).singleElement().satisfies(t -> {
      assertThat(t.text()).isEqualTo("nineteen ninety-one");
      assertThat(t.value()).isEqualTo("1991");
      assertThat(t.type()).isEqualTo(TimexType.DATE);
    });
  }

  @Test
  void partlyTaggedSpokenYearIsCompletedWithItsYear() {
    String text = "January nineteen ninety-seven. Atlanta again.";
    RawTimex partial = new RawTimex(0, 23, "January nineteen ninety", TimexType.DATE, "1990-01", 0);
    List<RawTimex> out = SpokenYears.complete(text, List.of(partial), s -> 0);
    assertThat(out).singleElement().satisfies(t -> {
      assertThat(t.text()).isEqualTo("January nineteen ninety-seven");
      assertThat(t.value()).isEqualTo("1997-01");
    });
  }

  @Test
  void countsAreNotYears() {
    assertThat(SpokenYears.complete("nineteen ninety percent of voters", List.of(), s -> 0)).isEmpty();
  }
}
