package org.annals.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named days the tagger splits apart: it tags only "Day" in "Thanksgiving Day" or "Election
 * Day" (and in "Sandra Day O'Connor"). A holiday name before it makes the whole a date of that
 * year; a lone capitalised "Day" is part of a name, not a time.
 */
final class Holidays {

  private static final Map<String, IntFunction<LocalDate>> DAYS = Map.of(
      "thanksgiving", y -> LocalDate.of(y, Month.NOVEMBER, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY)),
      "election", y -> LocalDate.of(y, Month.NOVEMBER, 2).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)),
      "christmas", y -> LocalDate.of(y, Month.DECEMBER, 25),
      "independence", y -> LocalDate.of(y, Month.JULY, 4),
      "labor", y -> LocalDate.of(y, Month.SEPTEMBER, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)),
      "memorial", y -> LocalDate.of(y, Month.MAY, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
      "veterans", y -> LocalDate.of(y, Month.NOVEMBER, 11));
  private static final Pattern NAME_BEFORE = Pattern.compile("([A-Z][a-z]+)(['’]s)? $");

  private Holidays() {}

  /** The holiday name right before a lone "Day" (lower case), or null. */
  static String nameBefore(String doc, int dayStart) {
    Matcher m = NAME_BEFORE.matcher(doc.substring(Math.max(0, dayStart - 20), dayStart));
    if (!m.find()) {
      return null;
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    return DAYS.containsKey(name) ? name : null;
  }

  /**
   * The holiday's occurrence nearest the document date (news names the one just past or just
   * ahead), or the next one where the verbs point forward.
   */
  static LocalDate date(String name, LocalDate doc, TenseCue.Direction tense) {
    IntFunction<LocalDate> rule = DAYS.get(name);
    LocalDate d = rule.apply(doc.getYear());
    LocalDate other = d.isAfter(doc) ? rule.apply(doc.getYear() - 1) : rule.apply(doc.getYear() + 1);
    LocalDate future = d.isAfter(doc) ? d : other;
    if (tense == TenseCue.Direction.FUTURE) {
      return future;
    }
    long toD = Math.abs(ChronoUnit.DAYS.between(doc, d));
    long toOther = Math.abs(ChronoUnit.DAYS.between(doc, other));
    return toD <= toOther ? d : other;
  }
}
