package org.annals.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DurationValueTest {

  @Test
  void statedLengthsWithCountsHalvesAndFillers() {
    assertThat(DurationValue.of("2 1/2 years")).isEqualTo("P2Y6M");
    assertThat(DurationValue.of("5 1/2 hours")).isEqualTo("PT5H30M");
    assertThat(DurationValue.of("a minute and a half")).isEqualTo("PT1M30S");
    assertThat(DurationValue.of("two more weeks")).isEqualTo("P2W");
    assertThat(DurationValue.of("20 more years")).isEqualTo("P20Y");
    assertThat(DurationValue.of("more than four hours")).isEqualTo("PT4H");
    assertThat(DurationValue.of("Eight trading days")).isEqualTo("P8D");
    assertThat(DurationValue.of("the first nine months of 1997")).isEqualTo("P9M");
    assertThat(DurationValue.of("twenty-four hours")).isEqualTo("PT24H");
    assertThat(DurationValue.of("two decades")).isEqualTo("P20Y");
  }

  @Test
  void vagueOrRangedLengthsAreLeftToTheTagger() {
    assertThat(DurationValue.of("several years")).isNull();
    assertThat(DurationValue.of("a few minutes")).isNull();
    assertThat(DurationValue.of("two to three weeks")).isNull();
    assertThat(DurationValue.of("a year or two")).isNull();
    assertThat(DurationValue.of("last week")).isNull();
  }
}
