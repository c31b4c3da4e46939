package org.annals.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.annals.model.EventDate;
import org.annals.model.EventStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PastDatesTest {

  /** A Monday. */
  private static final LocalDate MONDAY = LocalDate.of(2025, 6, 2);

  private static EventDate fit(String value, String text, EventStatus status, LocalDate documentDate) {
    return PastDates.fit(new EventDate(value, 10, 10 + text.length(), text), status, documentDate);
  }

  @ParameterizedTest(name = "[{index}] \"{1}\" read as {0}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      2025-06-06    | on Friday       | 2025-05-30
      2025-06-06TNI | on Friday night | 2025-05-30TNI
      2025-06-03    | Tuesday         | 2025-05-27
      2025-06-08    | SUNDAY          | 2025-06-01
      """)
  void aWeekdayReadForwardGoesBackAWeek(String value, String text, String expected) {
    EventDate fitted = fit(value, text, EventStatus.ASSERTED, MONDAY);
    assertThat(fitted.value()).isEqualTo(expected);
    assertThat(fitted.text()).as("the words that gave it stay").isEqualTo(text);
    assertThat(fitted.start()).isEqualTo(10);
  }

  @ParameterizedTest(name = "[{index}] \"{1}\" read as {0} is dropped")
  @CsvSource(delimiter = '|', textBlock = """
      2025-06-05 | on June 5
      2025-06-13 | on Friday
      2025-07    | in July
      2025-W24   | on Friday
      2026       | next year
      2025-06-03 | Tuesdays
      """)
  void anyOtherDateAfterTheReportOfAPastEventIsDropped(String value, String text) {
    assertThat(fit(value, text, EventStatus.ASSERTED, MONDAY)).isNull();
  }

  @ParameterizedTest(name = "[{index}] {0} stays")
  @CsvSource(delimiter = '|', textBlock = """
      2025-06-02 | on Monday
      2025-05-30 | on Friday
      2025-06    | this month
      2025-W23   | this week
      2025       | this year
      XXXX-WXX-5 | on Friday
      """)
  void aDateNotAfterTheReportStays(String value, String text) {
    EventDate d = new EventDate(value, 0, text.length(), text);
    assertThat(PastDates.fit(d, EventStatus.ASSERTED, MONDAY)).isSameAs(d);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({"FUTURE", "HYPOTHETICAL"})
  void aPlannedOrPossibleEventKeepsItsDate(EventStatus status) {
    EventDate friday = new EventDate("2025-06-06", 0, 9, "on Friday");
    EventDate june = new EventDate("2025-06-05", 0, 9, "on June 5");
    assertThat(PastDates.fit(friday, status, MONDAY)).isSameAs(friday);
    assertThat(PastDates.fit(june, status, MONDAY)).isSameAs(june);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({"CLAIMED", "NEGATED", "DENIED"})
  void whatIsClaimedOrDeniedIsPastToo(EventStatus status) {
    assertThat(fit("2025-06-06", "on Friday", status, MONDAY).value()).isEqualTo("2025-05-30");
    assertThat(fit("2025-06-05", "on June 5", status, MONDAY)).isNull();
  }

  @Test
  void withoutADocumentDateOrADateNothingChanges() {
    EventDate friday = new EventDate("2025-06-06", 0, 9, "on Friday");
    assertThat(PastDates.fit(friday, EventStatus.ASSERTED, null)).isSameAs(friday);
    assertThat(PastDates.fit(null, EventStatus.ASSERTED, MONDAY)).isNull();
  }
}
