package org.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicationDateTest {

  @ParameterizedTest
  @CsvSource({
      "2025-06-02, 2025-06-02",
      "2024-02-29, 2024-02-29",
      "2025-06-02T10:00:00Z, 2025-06-02",
      "2025-06-02T10:00Z, 2025-06-02",
      "2025-06-02T10:00:00.123456Z, 2025-06-02",
      "2025-06-02 10:00:00, 2025-06-02",
      // the date as written in the timestamp's own offset, not in UTC
      "2025-06-02T23:30:00-05:00, 2025-06-02",
      "2025-06-03T01:00:00+03:00, 2025-06-03",
      "2025-06-03T01:00:00+0300, 2025-06-03"})
  void isoDatesAndDateTimes(String written, LocalDate expected) throws InputProblem {
    assertThat(PublicationDate.parseIso(written)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2025-02-30| invalid date '2025-02-30': February 2025 has only 28 days",
      "2023-02-29| invalid date '2023-02-29': February 2023 has only 28 days",
      "2025-13-01| invalid date '2025-13-01': there is no month 13",
      "2025-00-10| invalid date '2025-00-10': there is no month 0",
      "2025-04-00| invalid date '2025-04-00': there is no day 0",
      "2025-06-02T25:00:00Z| invalid date '2025-06-02T25:00:00Z': there is no hour 25",
      "June 2, 2025| invalid date 'June 2, 2025': expected YYYY-MM-DD",
      "02/06/2025| invalid date '02/06/2025': expected YYYY-MM-DD"})
  void impossibleOrUnreadableDatesAreProblems(String written, String message) {
    assertThatThrownBy(() -> PublicationDate.parseIso(written))
        .isInstanceOf(InputProblem.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void webPagesMayWriteRfc1123() throws InputProblem {
    assertThat(PublicationDate.parseWebDate("Mon, 2 Jun 2025 10:00:00 GMT")).isEqualTo(LocalDate.of(2025, 6, 2));
    assertThat(PublicationDate.parseWebDate("yesterday")).isNull();
    assertThatThrownBy(() -> PublicationDate.parseWebDate("2025-02-30T10:00:00Z"))
        .hasMessageStartingWith("invalid date '2025-02-30T10:00:00Z'");
  }
}
