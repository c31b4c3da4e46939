package org.annals.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureRangeTest {

  @ParameterizedTest(name = "{1} {0} and {3} {2}: agree={4}")
  @CsvSource({
      "7, AT_LEAST, 9, EXACT, true",
      "7, EXACT, 9, EXACT, false",
      "7, EXACT, 7, EXACT, true",
      "100, MORE_THAN, 80, EXACT, false",
      "100, MORE_THAN, 100, EXACT, false",
      "100, MORE_THAN, 100, AT_LEAST, true",
      "500, AT_MOST, 480, EXACT, true",
      "500, AT_MOST, 520, EXACT, false",
      "50, LESS_THAN, 50, EXACT, false",
      "40, ABOUT, 43, EXACT, true",
      "40, ABOUT, 50, EXACT, false",
      "10, RANGE, 14, EXACT, true",
      "12, AT_LEAST, 100, AT_LEAST, true",
      "100, LESS_THAN, 100, MORE_THAN, false"})
  void hedgesReadAsRangesAgreeWhereTheyOverlap(double a, FigureQualifier qa, double b, FigureQualifier qb,
      boolean agree) {
    FigureRange ra = FigureRange.of(a, qa);
    FigureRange rb = FigureRange.of(b, qb);
    assertThat(ra.overlaps(rb)).isEqualTo(agree);
    assertThat(rb.overlaps(ra)).isEqualTo(agree);
  }
}
