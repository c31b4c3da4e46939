package org.annals.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.annals.model.DatePrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When an event happened, from the dates its mentions give ({@link EventRollup#when}). */
class EventRollupTest {

  private static List<DatePrecision.Known> dates(String values) {
    List<DatePrecision.Known> out = new ArrayList<>();
    if (values != null) {
      for (String v : values.trim().split("\\s+")) {
        out.add(DatePrecision.of(v));
      }
    }
    return out;
  }

  @ParameterizedTest(name = "[{index}] {0} (first report {1}): {2}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      # the finest precision given wins, however few give it
      2025 2025 2025-06 2025-06-01                    | -          | 2025-06-01
      2025-06 2025-W22 2025-W22                       | -          | 2025-W22
      # among those, the value most mentions give
      2025-06-01 2025-06-02 2025-06-02                | -          | 2025-06-02
      2025-06-02 2025-06-01 2025-06 2025-06-01        | -          | 2025-06-01
      # the earliest on a tie, whatever the order given
      2025-06-02 2025-06-01                           | -          | 2025-06-01
      2025-W23 2025-W22                               | -          | 2025-W22
      2025-Q3 2025-Q2                                 | -          | 2025-Q2
      2025-SU 2025-FA                                 | -          | 2025-SU
      2025-FA 2025-SP                                 | -          | 2025-SP
      2025-WI 2025-SU                                 | -          | 2025-SU
      # for what happened, a date after its first report is not taken
      2025-06-05 2025-06                              | 2025-06-02 | 2025-06
      2025-06-05 2025-06-05 2025-06-01                | 2025-06-02 | 2025-06-01
      2025-06-02                                      | 2025-06-02 | 2025-06-02
      2025-06-05                                      | 2025-06-02 | -
      2025-07 2026                                    | 2025-06-02 | -
      # for what did not happen (no first report given), any date is taken
      2025-06-05 2025-06                              | -          | 2025-06-05
      # nothing given, nothing known
      -                                               | 2025-06-02 | -
      """)
  void theFinestDateTheMostGiveTheEarliestOnATieNeverAfterTheFirstReport(String given, String firstReport,
      String expected) {
    DatePrecision.Known when = EventRollup.when(dates(given), firstReport);
    assertThat(when == null ? null : when.value()).isEqualTo(expected);
  }

  @Test
  void theKnownDateIsOneOfThoseGiven() {
    List<DatePrecision.Known> given = dates("2025-06-01 2025-06");
    assertThat(EventRollup.when(given, null)).isSameAs(given.get(0));
  }

  @ParameterizedTest(name = "[{index}] {0} (happened {1}, first news {2}): {3} from {4}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      # a day in the text stands
      2022-05-14 | true  | 2022-05-16 | 2022-05-14 | text
      # a month or week that holds the first news report gives way to its day
      2022-05    | true  | 2022-05-16 | 2022-05-16 | report
      2022-W20   | true  | 2022-05-16 | 2022-05-16 | report
      # one that does not hold it, or a year, stands
      2022-04    | true  | 2022-05-16 | 2022-04    | text
      2022       | true  | 2022-05-16 | 2022       | text
      # undated news is dated by its report; undated references and what did not happen are not
      -          | true  | 2022-05-16 | 2022-05-16 | report
      -          | true  | -          | -          | -
      2022-05    | false | 2022-05-16 | 2022-05    | text
      -          | false | 2022-05-16 | -          | -
      """)
  void newsReportsDateWhatTheTextDatesOnlyToTheMonth(String given, boolean happened, String firstNews,
      String expected, String source) {
    EventRollup.Dated d = EventRollup.dated(dates(given), happened, firstNews, firstNews);
    assertThat(d == null ? null : d.when().value()).isEqualTo(expected);
    assertThat(d == null ? null : d.source()).isEqualTo(source);
  }
}
