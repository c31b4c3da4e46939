package org.annals.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.annals.extract.time.TenseCue.Direction;
import org.junit.jupiter.api.Test;

class RelativeDateRulesTest {

  private static final LocalDate MONDAY = LocalDate.of(2025, 6, 2);

  @Test
  void bareWeekdayInPastTenseIsTheLatestSuchDayUpToTheDocumentDate() {
    assertThat(RelativeDateRules.anchor("Sunday", "2025-06-08", MONDAY, Direction.PAST)).isEqualTo("2025-06-01");
    assertThat(RelativeDateRules.anchor("Monday", "2025-06-09", MONDAY, Direction.PAST)).isEqualTo("2025-06-02");
    assertThat(RelativeDateRules.anchor("Thursday night", "2025-06-05TNI", MONDAY, Direction.PAST))
        .isEqualTo("2025-05-29TNI");
  }

  @Test
  void bareWeekdayInFutureTenseIsTheNextSuchDayFromTheDocumentDate() {
    assertThat(RelativeDateRules.anchor("Thursday", "2025-05-29", MONDAY, Direction.FUTURE)).isEqualTo("2025-06-05");
    assertThat(RelativeDateRules.anchor("Monday", "2025-05-26", MONDAY, Direction.FUTURE)).isEqualTo("2025-06-02");
  }

  @Test
  void lastAndNextForceTheDirectionAndExcludeTheDocumentDay() {
    assertThat(RelativeDateRules.anchor("last Monday", "2025-06-02", MONDAY, Direction.FUTURE)).isEqualTo("2025-05-26");
    assertThat(RelativeDateRules.anchor("next Monday", "2025-06-02", MONDAY, Direction.PAST)).isEqualTo("2025-06-09");
  }

  @Test
  void monthWithoutYearPrefersTheTenseDirectionWithinHalfAYear() {
    // June 2025 document: "in March" (past) is March 2025; "in March" (future) is 9 months ahead, so March 2025
    assertThat(RelativeDateRules.anchor("March", "2026-03", MONDAY, Direction.PAST)).isEqualTo("2025-03");
    assertThat(RelativeDateRules.anchor("March", "2026-03", MONDAY, Direction.FUTURE)).isEqualTo("2025-03");
    // "in October" (future) is 4 months ahead; in the past it would be 8 months back, so ahead either way
    assertThat(RelativeDateRules.anchor("October 5", "2024-10-05", MONDAY, Direction.FUTURE)).isEqualTo("2025-10-05");
    assertThat(RelativeDateRules.anchor("October 5", "2024-10-05", MONDAY, Direction.UNMARKED)).isEqualTo("2025-10-05");
    assertThat(RelativeDateRules.anchor("last June", "2025-06", MONDAY, Direction.PAST)).isEqualTo("2024-06");
  }

  @Test
  void aPastTenseVerbKeepsAMonthBehindUnlessItIsInTheNextTwo() {
    // "stepped down in October" in a June story is done; "was extended to July 16" is still ahead
    assertThat(RelativeDateRules.anchor("October", "2024-10", MONDAY, Direction.PAST)).isEqualTo("2024-10");
    assertThat(RelativeDateRules.anchor("October", "2024-10", MONDAY, Direction.UNMARKED)).isEqualTo("2025-10");
    assertThat(RelativeDateRules.anchor("July 16", "2024-07-16", MONDAY, Direction.PAST)).isEqualTo("2025-07-16");
    assertThat(RelativeDateRules.anchor("September", "2024-09", MONDAY, Direction.PAST)).isEqualTo("2024-09");
  }

  @Test
  void explicitYearsAreLeftAlone() {
    assertThat(RelativeDateRules.anchor("March 2026", "2026-03", MONDAY, Direction.PAST)).isEqualTo("2026-03");
    assertThat(RelativeDateRules.anchor("June last year", "2025-06", MONDAY, Direction.PAST)).isEqualTo("2024-06");
  }

  @Test
  void agoKeepsTheGranularityOfItsUnit() {
    assertThat(RelativeDateRules.anchor("two years ago", "2023-06-02", MONDAY, Direction.PAST)).isEqualTo("2023");
    assertThat(RelativeDateRules.anchor("three months ago", "2025-03-02", MONDAY, Direction.PAST)).isEqualTo("2025-03");
    assertThat(RelativeDateRules.anchor("a week ago", "2025-05-26", MONDAY, Direction.PAST)).isEqualTo("2025-W22");
  }

  @Test
  void decadesAndRecentPast() {
    assertThat(RelativeDateRules.anchor("the 1990s", "199X", MONDAY, Direction.PAST)).isEqualTo("199");
    assertThat(RelativeDateRules.isRecentPast("recent weeks")).isTrue();
    assertThat(RelativeDateRules.isRecentPast("in recent years")).isTrue();
    assertThat(RelativeDateRules.isRecentPast("the past year")).isFalse();
  }

  @Test
  void withoutADocumentDateNothingIsReanchored() {
    assertThat(RelativeDateRules.anchor("Sunday", "XXXX-WXX-7", null, Direction.PAST)).isEqualTo("XXXX-WXX-7");
  }

  @Test
  void thisMonthIsTheDocumentYearAndComingDatesCompareByDay() {
    LocalDate feb = LocalDate.of(1998, 2, 5);
    assertThat(RelativeDateRules.anchor("this September", "1997-09", feb, Direction.PAST)).isEqualTo("1998-09");
    LocalDate march5 = LocalDate.of(1998, 3, 5);
    assertThat(RelativeDateRules.anchor("this coming Sunday, March eighth", "1998-03-08", march5, Direction.FUTURE))
        .isEqualTo("1998-03-08");
  }

  @Test
  void spokenYearsAreExplicit() {
    assertThat(RelativeDateRules.anchor("January nineteen ninety-seven", "1997-01", LocalDate.of(1998, 2, 27),
        Direction.PAST)).isEqualTo("1997-01");
  }
}
