package org.annals.model;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much of a date a TIMEX3 value knows: a day, a week (or its weekend, "2025-W22-WE"), a month, a
 * season or quarter, a year, a decade. A value that knows only a year is "2022", never 1 January.
 */
public enum DatePrecision {
  DAY,
  WEEK,
  MONTH,
  SEASON,
  QUARTER,
  HALF,
  YEAR,
  DECADE;

  private static final Pattern DAY_VALUE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern WEEK_VALUE = Pattern.compile("^(\\d{4})-W(\\d{2})(-WE)?(?![\\w-])");
  private static final Pattern MONTH_VALUE = Pattern.compile("^(\\d{4})-(\\d{2})(?![\\d-])");
  private static final Pattern PART_VALUE = Pattern.compile("^(\\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12])(?![\\w])");
  private static final Pattern YEAR_VALUE = Pattern.compile("^(\\d{4})(?![\\d-])");
  private static final Pattern DECADE_VALUE = Pattern.compile("^(\\d{3})(?![\\d-])");

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * ACLED's time precision: 1 where the day is known, 2 where the week is, 3 for a month or
   * anything coarser.
   */
  public int acledTimePrecision() {
    return this == DAY ? 1 : this == WEEK ? 2 : 3;
  }

  /** What a TIMEX3 value knows, or null where it names no calendar position (PRESENT_REF, XXXX-06-01, durations). */
  public static Known of(String timex) {
    if (timex == null) {
      return null;
    }
    try {
      Matcher m = DAY_VALUE.matcher(timex);
      if (m.find()) {
        LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
        return new Known(d.toString(), DAY, d, d);
      }
      m = WEEK_VALUE.matcher(timex);
      if (m.find()) {
        LocalDate monday = LocalDate.of(num(m, 1), 6, 1)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2)).with(DayOfWeek.MONDAY);
        if (monday.get(IsoFields.WEEK_BASED_YEAR) != num(m, 1)) {
          return null; // 2021-W53: that year has 52 weeks
        }
        if (m.group(3) != null) {
          return new Known(m.group(0), WEEK, monday.plusDays(5), monday.plusDays(6)); // its weekend
        }
        return new Known(m.group(0), WEEK, monday, monday.plusDays(6));
      }
      m = MONTH_VALUE.matcher(timex);
      if (m.find()) {
        LocalDate first = LocalDate.of(num(m, 1), num(m, 2), 1);
        return new Known(m.group(0), MONTH, first, first.plusMonths(1).minusDays(1));
      }
      m = PART_VALUE.matcher(timex);
      if (m.find()) {
        return part(num(m, 1), m.group(2), m.group(0));
      }
      m = YEAR_VALUE.matcher(timex);
      if (m.find()) {
        int y = num(m, 1);
        return new Known(m.group(0), YEAR, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
      }
      m = DECADE_VALUE.matcher(timex);
      if (m.find()) {
        int y = num(m, 1) * 10;
        return new Known(m.group(0), DECADE, LocalDate.of(y, 1, 1), LocalDate.of(y + 9, 12, 31));
      }
    } catch (DateTimeException e) {
      return null; // 2025-02-30 and the like name no day
    }
    return null;
  }

  private static Known part(int year, String part, String value) {
    return switch (part) {
      case "SP" -> new Known(value, SEASON, LocalDate.of(year, 3, 1), LocalDate.of(year, 5, 31));
      case "SU" -> new Known(value, SEASON, LocalDate.of(year, 6, 1), LocalDate.of(year, 8, 31));
      case "FA" -> new Known(value, SEASON, LocalDate.of(year, 9, 1), LocalDate.of(year, 11, 30));
      case "WI" -> new Known(value, SEASON, LocalDate.of(year, 12, 1), LocalDate.of(year + 1, 3, 1).minusDays(1));
      case "H1" -> new Known(value, HALF, LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30));
      case "H2" -> new Known(value, HALF, LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31));
      default -> {
        int q = part.charAt(1) - '0';
        LocalDate first = LocalDate.of(year, 3 * q - 2, 1);
        yield new Known(value, QUARTER, first, first.plusMonths(3).minusDays(1));
      }
    };
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  /**
   * The known part of a date.
   *
   * @param value what is known, as TIMEX3 ("2025-06-01", "2022-03", "2022-W10", "2022-SU", "2022")
   * @param first the first day it may be
   * @param last the last day it may be
   */
  public record Known(String value, DatePrecision precision, LocalDate first, LocalDate last) {

    /** The day, where one is known; else null. */
    public LocalDate day() {
      return precision == DAY ? first : null;
    }

    /** Whether the two may be the same time: their periods overlap. */
    public boolean overlaps(Known other) {
      return !first.isAfter(other.last) && !other.first.isAfter(last);
    }

    /** Whether this period holds the whole of the other. */
    public boolean contains(Known other) {
      return !first.isAfter(other.first) && !other.last.isAfter(last);
    }
  }
}
