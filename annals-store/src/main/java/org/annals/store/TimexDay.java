package org.annals.store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day a TIMEX3 value names, for ordering a timeline: a day as itself, a week by its Monday, a
 * month or year by its first day. Null for values that name no calendar position (PRESENT_REF,
 * durations, unresolved XXXX-06-01).
 */
final class TimexDay {

  private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})");
  private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})(?!\\d)");
  private static final Pattern YEAR = Pattern.compile("^(\\d{4})(?!\\d)");

  private TimexDay() {}

  static String of(String timex) {
    if (timex == null) {
      return null;
    }
    try {
      Matcher m = DAY.matcher(timex);
      if (m.find()) {
        return LocalDate.of(num(m, 1), num(m, 2), num(m, 3)).toString();
      }
      m = WEEK.matcher(timex);
      if (m.find()) {
        return LocalDate.of(num(m, 1), 6, 1)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
            .with(DayOfWeek.MONDAY)
            .toString();
      }
      m = MONTH.matcher(timex);
      if (m.find()) {
        return LocalDate.of(num(m, 1), num(m, 2), 1).toString();
      }
      m = YEAR.matcher(timex);
      if (m.find()) {
        return LocalDate.of(num(m, 1), 1, 1).toString();
      }
    } catch (java.time.DateTimeException e) {
      return null; // 2025-02-30 and the like name no day
    }
    return null;
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
