package org.annals.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Annals' own anchoring of underspecified dates against the document date, where SUTime's
 * heuristics are weak for news: a bare weekday or month resolves to its nearest occurrence in the
 * direction the verbs point (past by default), always from the document date rather than from the
 * previous expression; "last"/"next" force the direction; "N years/months ago" keeps the unit's
 * granularity.
 */
final class RelativeDateRules {

  private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
      Map.entry("monday", DayOfWeek.MONDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
      Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
      Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
      Map.entry("sunday", DayOfWeek.SUNDAY));
  private static final Pattern WEEKDAY = Pattern.compile(
      "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
  private static final Pattern MONTH_NAME = Pattern.compile(
      "\\b(jan(uary|\\.)?|feb(ruary|\\.)?|mar(ch|\\.)?|apr(il|\\.)?|may|june?|july?|aug(ust|\\.)?|sept?(ember|\\.)?"
          + "|oct(ober|\\.)?|nov(ember|\\.)?|dec(ember|\\.)?)(?![a-z])");
  private static final Pattern EXPLICIT_YEAR = Pattern.compile("\\b\\d{4}\\b|'\\d{2}\\b|\\bnineteen [a-z]+ty\\b");
  private static final Pattern DATE_VALUE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(.*)$");
  private static final Pattern MONTH_VALUE = Pattern.compile("^(\\d{4})-(\\d{2})(-\\d{2})?(T.*)?$");
  private static final Pattern QUARTER_VALUE = Pattern.compile("^(\\d{4})-Q([1-4])$");
  private static final Pattern AGO = Pattern.compile(
      "\\b(years?|months?|weeks?)\\s+(ago|earlier|before|previously)\\b");
  private static final Pattern DECADE_VALUE = Pattern.compile("^(\\d{3}|\\d{2})X{1,2}$");
  private static final Pattern WEEKEND = Pattern.compile("^(the )?weekend$");
  private static final Pattern WEEKEND_VALUE = Pattern.compile("^\\d{4}-W\\d{2}-WE$");
  private static final Pattern RELATIVE_YEAR = Pattern.compile("\\b(this|last|next)\\s+year\\b");
  private static final Pattern RECENT = Pattern.compile("^(in\\s+)?(the\\s+)?recent\\s+(years|months|weeks|days|decades)$");

  private RelativeDateRules() {}

  /** The corrected value, or {@code value} unchanged where no rule applies. */
  static String anchor(String text, String value, LocalDate docDate, TenseCue.Direction tense) {
    if (value == null) {
      return null;
    }
    String t = text.toLowerCase(Locale.ROOT).trim();
    Matcher decade = DECADE_VALUE.matcher(value);
    if (decade.matches()) {
      // TimeML writes a decade as its first three digits ("the 1990s" = 199), a century as two
      return decade.group(1);
    }
    if (docDate == null || t.contains("before") || t.contains("after")) {
      return value;
    }
    Matcher yearWord = RELATIVE_YEAR.matcher(t);
    if (yearWord.find() && MONTH_NAME.matcher(t).find() && MONTH_VALUE.matcher(value).matches()) {
      int shift = yearWord.group(1).equals("last") ? -1 : yearWord.group(1).equals("next") ? 1 : 0;
      return (docDate.getYear() + shift) + value.substring(4);
    }
    if (EXPLICIT_YEAR.matcher(t).find() || yearWord.find(0)) {
      return value;
    }
    Matcher ago = AGO.matcher(t);
    if (ago.find()) {
      return coarsen(value, ago.group(1));
    }
    boolean last = t.startsWith("last ") || t.startsWith("the previous ") || t.startsWith("this past ");
    boolean next = t.startsWith("next ") || t.startsWith("the coming ") || t.startsWith("this coming ");
    TenseCue.Direction dir = last ? TenseCue.Direction.PAST : next ? TenseCue.Direction.FUTURE : tense;
    if (WEEKEND.matcher(t).matches() && WEEKEND_VALUE.matcher(value).matches()) {
      // "over the weekend" in a Monday story is the one just gone; the tagger picks the coming one
      LocalDate saturday = dir == TenseCue.Direction.FUTURE
          ? docDate.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
          : docDate.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
      return String.format(Locale.ROOT, "%d-W%02d-WE", saturday.get(IsoFields.WEEK_BASED_YEAR),
          saturday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
    Matcher wd = WEEKDAY.matcher(t);
    boolean hasMonth = MONTH_NAME.matcher(t).find();
    if (wd.find() && !hasMonth && !t.matches(".*\\d.*") && !t.startsWith("this ")) {
      Matcher dv = DATE_VALUE.matcher(value);
      if (dv.matches()) {
        LocalDate d = nearestWeekday(docDate, WEEKDAYS.get(wd.group(1)), dir, last || next);
        return d + dv.group(4);
      }
      return value;
    }
    if (hasMonth) {
      Matcher mv = MONTH_VALUE.matcher(value);
      if (mv.matches()) {
        if (t.startsWith("this ") && !t.startsWith("this coming ") && !t.startsWith("this past ")) {
          return docDate.getYear() + value.substring(4); // "this September": the document's year
        }
        int month = Integer.parseInt(mv.group(2));
        int year = nearestMonthYear(docDate, month, dir, last || next);
        int day = mv.group(3) == null ? 0 : Integer.parseInt(mv.group(3).substring(1));
        if ((last || next) && year != docDate.getYear() && month == docDate.getMonthValue()
            && day >= 1 && day <= docDate.lengthOfMonth()) {
          // "this coming Sunday, March 8" in a March 5 story: the day, not the month, fixes the year
          LocalDate sameYear = docDate.withDayOfMonth(day);
          if (next ? sameYear.isAfter(docDate) : sameYear.isBefore(docDate)) {
            year = docDate.getYear();
          }
        }
        return year + value.substring(4);
      }
      return value;
    }
    if (t.contains("quarter") && !t.startsWith("this ")) {
      Matcher qv = QUARTER_VALUE.matcher(value);
      if (qv.matches()) {
        int q = Integer.parseInt(qv.group(2));
        return nearestQuarterYear(docDate, q, dir, last || next) + "-Q" + q;
      }
    }
    return value;
  }

  /** "recent weeks", "in recent years": TimeML's PAST_REF, not a duration. */
  static boolean isRecentPast(String text) {
    return RECENT.matcher(text.toLowerCase(Locale.ROOT).trim()).matches();
  }

  static LocalDate nearestWeekday(LocalDate doc, DayOfWeek day, TenseCue.Direction dir, boolean strict) {
    if (dir == TenseCue.Direction.FUTURE) {
      return strict ? doc.with(TemporalAdjusters.next(day)) : doc.with(TemporalAdjusters.nextOrSame(day));
    }
    return strict ? doc.with(TemporalAdjusters.previous(day)) : doc.with(TemporalAdjusters.previousOrSame(day));
  }

  /**
   * The year of a month named without one: "last"/"next" force the direction; past tense takes the
   * last occurrence unless that lies more than seven months back (dates a few months ahead are
   * often named without a future verb: "payable Dec. 15"); future tense the next one, unless it
   * lies more than half a year away (writers add the year for anything further).
   */
  static int nearestMonthYear(LocalDate doc, int month, TenseCue.Direction dir, boolean strict) {
    YearMonth docMonth = YearMonth.from(doc);
    YearMonth sameYear = YearMonth.of(doc.getYear(), Month.of(month));
    YearMonth past = sameYear.isAfter(docMonth) || (strict && sameYear.equals(docMonth)) ? sameYear.minusYears(1) : sameYear;
    YearMonth future = sameYear.isBefore(docMonth) || (strict && sameYear.equals(docMonth)) ? sameYear.plusYears(1) : sameYear;
    if (strict) {
      return (dir == TenseCue.Direction.FUTURE ? future : past).getYear();
    }
    long back = monthsBetween(past, docMonth);
    long ahead = monthsBetween(docMonth, future);
    if (dir == TenseCue.Direction.FUTURE) {
      return ahead <= 6 || back > 6 ? future.getYear() : past.getYear();
    }
    if (dir == TenseCue.Direction.PAST) {
      // "stepped down in March" in November is done; a deadline in the next two months is still
      // ahead whatever the verb ("was extended to Nov. 16", "declared a dividend payable Dec. 15")
      return ahead <= 2 ? future.getYear() : past.getYear();
    }
    // unmarked reaches further back (up to seven months) than announcements reach ahead
    return back <= 7 ? past.getYear() : future.getYear();
  }

  /**
   * The year of a quarter named without one: like months, the occurrence in the tense's direction
   * unless that lies more than two quarters away ("third-quarter results will show" in October
   * is the quarter just closed, not next year's).
   */
  static int nearestQuarterYear(LocalDate doc, int q, TenseCue.Direction dir, boolean strict) {
    int docQ = doc.get(IsoFields.QUARTER_OF_YEAR);
    int year = doc.getYear();
    int pastYear = q > docQ || (strict && q == docQ) ? year - 1 : year;
    int futureYear = q < docQ || (strict && q == docQ) ? year + 1 : year;
    if (strict) {
      return dir == TenseCue.Direction.FUTURE ? futureYear : pastYear;
    }
    int back = (year * 4 + docQ) - (pastYear * 4 + q);
    int ahead = (futureYear * 4 + q) - (year * 4 + docQ);
    if (dir == TenseCue.Direction.FUTURE) {
      return ahead <= 2 || back > 2 ? futureYear : pastYear;
    }
    return back <= 2 || ahead > 2 ? pastYear : futureYear;
  }

  private static long monthsBetween(YearMonth from, YearMonth to) {
    return java.time.temporal.ChronoUnit.MONTHS.between(from, to);
  }

  /** "two years ago" → the year; "three months ago" → the month; "a week ago" → the ISO week. */
  private static String coarsen(String value, String unit) {
    Matcher dv = DATE_VALUE.matcher(value);
    if (!dv.matches()) {
      return value;
    }
    if (unit.startsWith("year")) {
      return dv.group(1);
    }
    if (unit.startsWith("month")) {
      return dv.group(1) + "-" + dv.group(2);
    }
    LocalDate d = LocalDate.of(Integer.parseInt(dv.group(1)), Integer.parseInt(dv.group(2)),
        Integer.parseInt(dv.group(3)));
    return String.format(Locale.ROOT, "%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
        d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
