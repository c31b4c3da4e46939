package org.annals.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.annals.extract.time.TenseCue.Direction;
import org.annals.model.RawTimex;
import org.annals.model.TimexType;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

  private static final LocalDate OCT_30 = LocalDate.of(1989, 10, 30);

  @Test
  void theQuarterAndItsYearAgoComparisonFollowTheQuarterTheStoryNamed() {
    ReportingPeriod p = new ReportingPeriod(OCT_30);
    p.observe("third-quarter", "1989-Q3", 0, Direction.PAST);
    assertThat(p.resolve("the quarter", 1, " to $2.35 billion", Direction.PAST)).isEqualTo("1989-Q3");
    assertThat(p.resolve("the latest quarter", 1, ", Aetna had", Direction.PAST)).isEqualTo("1989-Q3");
    assertThat(p.resolve("the year-earlier quarter", 2, ", the company", Direction.PAST)).isEqualTo("1988-Q3");
    assertThat(p.resolve("a year ago", 2, ".", Direction.PAST)).isEqualTo("1988-Q3");
    // far from the last named quarter, "a year ago" is a year again
    assertThat(p.resolve("a year ago", 9, ".", Direction.PAST)).isNull();
  }

  @Test
  void aYearAgoQuarterNamedByItsNumberIsThatQuarterOfTheYearBefore() {
    ReportingPeriod framed = new ReportingPeriod(OCT_30);
    framed.observe("third-quarter", "1989-Q3", 0, Direction.PAST);
    assertThat(framed.resolve("the year-ago third quarter", 1, ",", Direction.PAST)).isEqualTo("1988-Q3");
    ReportingPeriod bare = new ReportingPeriod(OCT_30);
    assertThat(bare.resolve("the year-earlier second quarter", 1, ",", Direction.PAST)).isEqualTo("1988-Q2");
    assertThat(bare.resolve("the year-earlier fourth quarter", 1, ",", Direction.PAST)).isEqualTo("1987-Q4");
    assertThat(bare.resolve("the third quarter", 1, ",", Direction.PAST)).isNull();
  }

  @Test
  void forecastQuartersDoNotSetTheFrame() {
    ReportingPeriod p = new ReportingPeriod(OCT_30);
    p.observe("the third quarter of 1990", "1990-Q3", 0, Direction.PAST);
    assertThat(p.resolve("the year-ago period", 1, ",", Direction.PAST)).isEqualTo("1988");
  }

  @Test
  void theRunningQuarterIsTheReportedOneOnlyWhenNamedFirstAndNotAsAnOutlook() {
    ReportingPeriod outlook = new ReportingPeriod(OCT_30);
    outlook.observe("third-quarter", "1989-Q3", 0, Direction.PAST);
    outlook.observe("fourth-quarter", "1989-Q4", 1, Direction.PAST); // "a fourth-quarter charge" expected
    assertThat(outlook.resolve("the latest quarter", 2, ", Aetna had", Direction.PAST)).isEqualTo("1989-Q3");
    ReportingPeriod fiscal = new ReportingPeriod(OCT_30);
    fiscal.observe("fourth-quarter", "1989-Q4", 0, Direction.PAST); // a fiscal year that ended Sept. 30
    assertThat(fiscal.resolve("the latest period", 1, " were", Direction.PAST)).isEqualTo("1989-Q4");
    ReportingPeriod ahead = new ReportingPeriod(OCT_30);
    ahead.observe("the fourth quarter", "1989-Q4", 0, Direction.FUTURE);
    assertThat(ahead.resolve("the latest period", 1, " were", Direction.PAST)).isNull();
  }

  @Test
  void withoutANamedQuarterTheQuarterIsTheOneJustClosedOrTheEndedDateDecides() {
    ReportingPeriod p = new ReportingPeriod(OCT_30);
    assertThat(p.resolve("the quarter", 0, " was weak", Direction.PAST)).isEqualTo("1989-Q3");
    assertThat(p.resolve("the current quarter", 0, "", Direction.PAST)).isEqualTo("1989-Q4");
    assertThat(new ReportingPeriod(OCT_30).resolve("the quarter", 0, " ended July 31, Jayark", Direction.PAST))
        .isEqualTo("1989-Q2");
    assertThat(new ReportingPeriod(OCT_30).resolve("the latest period", 0, "", Direction.PAST)).isNull();
  }

  @Test
  void aYearNamedByItsEndIsADuration() {
    assertThat(ReportingPeriod.isYearEnding("the year", " ended March 31.")).isTrue();
    assertThat(ReportingPeriod.isYearEnding("the fiscal year", " ending June 30")).isTrue();
    assertThat(ReportingPeriod.isYearEnding("the year", ", pet food volume")).isFalse();
  }

  @Test
  void hyphenatedYearCompoundsGetTheirWholeExtent() {
    String doc = "Sales rose from the year-ago quarter. The year-earlier results were restated.";
    int a = doc.indexOf("the year");
    RawTimex quarter = TimexExtent.repair(doc, new RawTimex(a, a + 8, "the year", TimexType.DATE, "1989", 0));
    assertThat(quarter.text()).isEqualTo("the year-ago quarter");
    int b = doc.indexOf("The year");
    RawTimex adjective = TimexExtent.repair(doc, new RawTimex(b, b + 8, "The year", TimexType.DATE, "1989", 1));
    assertThat(adjective.text()).isEqualTo("year-earlier");
  }

  @Test
  void holidaysAreTheirNearestOccurrence() {
    assertThat(Holidays.nameBefore("found on Thanksgiving Day", 22)).isEqualTo("thanksgiving");
    assertThat(Holidays.nameBefore("Justices Sandra Day O'Connor", 16)).isNull();
    assertThat(Holidays.date("thanksgiving", LocalDate.of(2000, 1, 7), Direction.PAST)).isEqualTo("1999-11-25");
    assertThat(Holidays.date("election", LocalDate.of(1998, 10, 26), Direction.PAST)).isEqualTo("1998-11-03");
  }

  @Test
  void theWeekendInAMondayStoryIsTheOneJustGone() {
    LocalDate monday = LocalDate.of(1990, 8, 13);
    assertThat(RelativeDateRules.anchor("the weekend", "1990-W33-WE", monday, Direction.PAST)).isEqualTo("1990-W32-WE");
    assertThat(RelativeDateRules.anchor("the weekend", "1990-W33-WE", monday, Direction.FUTURE)).isEqualTo("1990-W33-WE");
  }
}
