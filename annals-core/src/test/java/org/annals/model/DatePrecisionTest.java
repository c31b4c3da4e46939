package org.annals.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatePrecisionTest {

  @ParameterizedTest(name = "{0} knows {2} {1}: {3}..{4}")
  @CsvSource(textBlock = """
      # TIMEX3 value      | what is known | precision | first day  | last day
      2025-06-01          | 2025-06-01    | DAY       | 2025-06-01 | 2025-06-01
      2025-06-01T22:00    | 2025-06-01    | DAY       | 2025-06-01 | 2025-06-01
      2025-06-01TNI       | 2025-06-01    | DAY       | 2025-06-01 | 2025-06-01
      2024-02-29          | 2024-02-29    | DAY       | 2024-02-29 | 2024-02-29
      2022-W10            | 2022-W10      | WEEK      | 2022-03-07 | 2022-03-13
      2025-W01            | 2025-W01      | WEEK      | 2024-12-30 | 2025-01-05
      2020-W53            | 2020-W53      | WEEK      | 2020-12-28 | 2021-01-03
      2025-W22-WE         | 2025-W22-WE   | WEEK      | 2025-05-31 | 2025-06-01
      2022-03             | 2022-03       | MONTH     | 2022-03-01 | 2022-03-31
      2024-02             | 2024-02       | MONTH     | 2024-02-01 | 2024-02-29
      2022-SP             | 2022-SP       | SEASON    | 2022-03-01 | 2022-05-31
      2022-SU             | 2022-SU       | SEASON    | 2022-06-01 | 2022-08-31
      2022-FA             | 2022-FA       | SEASON    | 2022-09-01 | 2022-11-30
      2023-WI             | 2023-WI       | SEASON    | 2023-12-01 | 2024-02-29
      2022-Q1             | 2022-Q1       | QUARTER   | 2022-01-01 | 2022-03-31
      2022-Q4             | 2022-Q4       | QUARTER   | 2022-10-01 | 2022-12-31
      2022-H1             | 2022-H1       | HALF      | 2022-01-01 | 2022-06-30
      2022-H2             | 2022-H2       | HALF      | 2022-07-01 | 2022-12-31
      2022                | 2022          | YEAR      | 2022-01-01 | 2022-12-31
      199                 | 199           | DECADE    | 1990-01-01 | 1999-12-31
      """, delimiter = '|')
  void aValueKnowsItsPeriodAndNoMore(String timex, String value, DatePrecision precision, LocalDate first,
      LocalDate last) {
    DatePrecision.Known k = DatePrecision.of(timex);
    assertThat(k).isNotNull();
    assertThat(k.value()).isEqualTo(value);
    assertThat(k.precision()).isEqualTo(precision);
    assertThat(k.first()).isEqualTo(first);
    assertThat(k.last()).isEqualTo(last);
    assertThat(k.day()).isEqualTo(precision == DatePrecision.DAY ? first : null);
  }

  @ParameterizedTest(name = "{0} names no calendar position")
  @NullSource
  @ValueSource(strings = {"XXXX-WXX-4", "XXXX-06-01", "XXXX-SU", "PRESENT_REF", "PAST_REF", "P3D", "P2Y", "",
      "19", "2025-02-30", "2025-13", "2021-W53", "2025-00-10", "next week"})
  void unresolvedOrImpossibleValuesKnowNothing(String timex) {
    assertThat(DatePrecision.of(timex)).isNull();
  }

  @ParameterizedTest(name = "{0} and {1}: overlap {2}, first contains second {3}")
  @CsvSource(textBlock = """
      2025-06-01 | 2025-06-01 | true  | true
      2025-06    | 2025-06-14 | true  | true
      2025-06-14 | 2025-06    | true  | false
      2025-06    | 2025-07    | false | false
      2025-05    | 2025-W22   | true  | false
      2025-W22   | 2025-06-01 | true  | true
      2025-W22   | 2025-06-02 | false | false
      2025       | 2025-Q3    | true  | true
      2025-SU    | 2025-06    | true  | true
      2025-SU    | 2025-Q2    | true  | false
      202        | 2025-06-01 | true  | true
      2024       | 2025-01-01 | false | false
      """, delimiter = '|')
  void periodsOverlapWhereTheyShareADayAndContainWhereOneHoldsTheOther(String a, String b, boolean overlaps,
      boolean contains) {
    DatePrecision.Known ka = DatePrecision.of(a);
    DatePrecision.Known kb = DatePrecision.of(b);
    assertThat(ka.overlaps(kb)).isEqualTo(overlaps);
    assertThat(kb.overlaps(ka)).as("overlap is symmetric").isEqualTo(overlaps);
    assertThat(ka.contains(kb)).isEqualTo(contains);
  }

  @ParameterizedTest(name = "{0}: ACLED time precision {1}")
  @CsvSource({"DAY, 1", "WEEK, 2", "MONTH, 3", "SEASON, 3", "QUARTER, 3", "HALF, 3", "YEAR, 3", "DECADE, 3"})
  void acledKnowsADayAWeekOrLess(DatePrecision p, int acled) {
    assertThat(p.acledTimePrecision()).isEqualTo(acled);
  }

  @Test
  void theWireNameIsTheLowerCaseName() {
    assertThat(DatePrecision.QUARTER.wireName()).isEqualTo("quarter");
  }
}
