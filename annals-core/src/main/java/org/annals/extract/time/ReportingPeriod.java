package org.annals.extract.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quarter an earnings story is about. Business news names it once ("third-quarter profit
 * rose") and then refers back to it ("in the quarter", "the latest quarter") and to its
 * comparison period ("a year earlier", "the year-ago quarter"): those resolve against the last
 * quarter the article named, not against the document date. One instance per article, fed the
 * time expressions in text order.
 */
final class ReportingPeriod {

  /** How far back (in sentences) a named quarter still sets the frame for "a year earlier". */
  private static final int COMPARISON_REACH = 3;

  private static final Pattern QUARTER_VALUE = Pattern.compile("^(\\d{4})-Q([1-4])$");
  private static final Pattern NAMED_QUARTER = Pattern.compile(
      "\\b(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter\\b|\\bq[1-4]\\b");
  /** "the quarter", "the latest quarter", "the latest period", "this quarter", "its quarter". */
  private static final Pattern BARE_QUARTER = Pattern.compile(
      "^(the |this |its |that )?(latest |most recent |recent |current |same )?(quarter|period)$");
  /** "a year ago", "year-earlier", "the year-ago quarter", "the corresponding period last year". */
  private static final Pattern YEAR_AGO = Pattern.compile(
      "^(the |a )?(comparable |corresponding |same )?(year[- ]ago|year[- ]earlier|year before|"
          + "prior[- ]year|previous[- ]year)( (third |second |first |fourth )?(quarter|period))?$"
          + "|^a year (ago|earlier|before)$"
          + "|^last year's (quarter|period)$"
          + "|^the (comparable |corresponding |same )?(quarter|period) (a year ago|a year earlier|last year)$");
  /** "the 1988 quarter", "the 1989 period". */
  private static final Pattern YEAR_PERIOD = Pattern.compile("^the (\\d{4}) (quarter|period)$");
  /** "(the quarter) ended Sept. 30": the month a quarter closes in fixes which quarter it is. */
  private static final Pattern ENDED = Pattern.compile(
      "^\\s*(ended|ending|that ended|which ended)\\s+([A-Za-z]+)\\.?\\s+\\d");
  private static final Pattern FISCAL_YEAR = Pattern.compile("^the (latest |previous |current )?(fiscal )?year$");
  private static final Pattern YEAR_END_FOLLOWS = Pattern.compile("^\\s*(that |which )?(ended|ending|ends|to end)\\b");
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private final LocalDate docDate;
  private int year;
  private int quarter;
  private int sentence = -1;

  ReportingPeriod(LocalDate docDate) {
    this.docDate = docDate;
  }

  /**
   * Remembers a quarter the article names explicitly ("the third quarter"), with its final value.
   * A quarter still running on the document date is the period reported on only when it is the
   * first one named and not in the future tense; after a quarter that has ended it is an outlook
   * ("a fourth-quarter charge" in a third-quarter report).
   */
  void observe(String text, String value, int sentenceIndex, TenseCue.Direction tense) {
    if (value == null) {
      return;
    }
    Matcher qv = QUARTER_VALUE.matcher(value);
    if (qv.matches() && NAMED_QUARTER.matcher(text.toLowerCase(Locale.ROOT)).find()) {
      int y = Integer.parseInt(qv.group(1));
      int q = Integer.parseInt(qv.group(2));
      // a forecast ("the third quarter of 1990") is not the period being reported on
      int running = docDate == null ? Integer.MIN_VALUE : docYear() * 4 + docQuarter();
      if (docDate == null || y * 4 + q < running
          || (y * 4 + q == running && !hasFrame() && tense != TenseCue.Direction.FUTURE)) {
        remember(y, q, sentenceIndex);
      }
    }
  }

  /**
   * The value this expression takes in the article's reporting frame, or null where the frame has
   * nothing to say.
   *
   * @param following the article text right after the expression
   */
  String resolve(String text, int sentenceIndex, String following, TenseCue.Direction tense) {
    String t = text.toLowerCase(Locale.ROOT).trim();
    if (docDate == null) {
      return null;
    }
    Matcher named = NAMED_QUARTER.matcher(t);
    if (named.find()) {
      // "the year-ago third quarter": that quarter of the year before the one reported on
      return YEAR_AGO.matcher(t).matches() ? (reportedYear(quarterNumber(named.group())) - 1) + "-Q"
          + quarterNumber(named.group()) : null;
    }
    if (BARE_QUARTER.matcher(t).matches()) {
      if (t.endsWith("period") && !hasFrame()) {
        return null; // "the period" with no quarter in sight is not a quarter
      }
      int[] ended = endedQuarter(following);
      if (ended != null) {
        remember(ended[0], ended[1], sentenceIndex);
      } else if (t.contains("current")) {
        return docYear() + "-Q" + docQuarter();
      } else if (!hasFrame()) {
        // a report on "the quarter" with nothing named: the one just closed, or the running one ahead
        if (tense == TenseCue.Direction.FUTURE || t.startsWith("this ")) {
          return docYear() + "-Q" + docQuarter();
        }
        LocalDate prev = docDate.minusMonths(3);
        return prev.getYear() + "-Q" + prev.get(IsoFields.QUARTER_OF_YEAR);
      } else {
        sentence = sentenceIndex;
      }
      return year + "-Q" + quarter;
    }
    Matcher yp = YEAR_PERIOD.matcher(t);
    if (yp.matches() && hasFrame()) {
      return yp.group(1) + "-Q" + quarter;
    }
    if (YEAR_AGO.matcher(t).matches()) {
      boolean namesPeriod = t.contains("quarter") || t.contains("period") || !t.contains(" ");
      if (hasFrame() && (namesPeriod || sentenceIndex - sentence <= COMPARISON_REACH)) {
        return (year - 1) + "-Q" + quarter;
      }
      if (namesPeriod || t.startsWith("year")) {
        return String.valueOf(docYear() - 1);
      }
    }
    return null;
  }

  /**
   * "the year ended March 31", "the fiscal year ending June 30": a twelve-month accounting period
   * named by its end, which TimeML reads as a duration rather than a calendar year.
   */
  static boolean isYearEnding(String text, String following) {
    return FISCAL_YEAR.matcher(text.toLowerCase(Locale.ROOT).trim()).matches()
        && YEAR_END_FOLLOWS.matcher(following).find();
  }

  /** The year of the last quarter {@code q} reported on: the frame's, else the last one ended by the document date. */
  private int reportedYear(int q) {
    if (hasFrame() && quarter == q) {
      return year;
    }
    return q < docQuarter() ? docYear() : docYear() - 1;
  }

  private static int quarterNumber(String named) {
    char c = named.charAt(0);
    return switch (c) {
      case 'f' -> named.startsWith("first") ? 1 : 4;
      case 's' -> 2;
      case 't' -> 3;
      case 'q' -> named.charAt(1) - '0';
      default -> c - '0';
    };
  }

  private boolean hasFrame() {
    return quarter > 0;
  }

  private void remember(int y, int q, int sentenceIndex) {
    year = y;
    quarter = q;
    sentence = sentenceIndex;
  }

  private int docYear() {
    return docDate.getYear();
  }

  private int docQuarter() {
    return docDate.get(IsoFields.QUARTER_OF_YEAR);
  }

  /** The calendar quarter most of a three-month period ending in the named month falls in. */
  private int[] endedQuarter(String following) {
    Matcher m = ENDED.matcher(following);
    if (!m.find()) {
      return null;
    }
    String name = m.group(2).toLowerCase(Locale.ROOT);
    Integer month = name.length() >= 3 ? MONTHS.get(name.substring(0, 3)) : null;
    if (month == null) {
      return null;
    }
    int middle = month == 1 ? 12 : month - 1;
    int y = docYear();
    if (month > docDate.getMonthValue()) {
      y--; // a quarter that ended is behind the document date
    }
    if (month == 1) {
      y--;
    }
    return new int[] {y, (middle - 1) / 3 + 1};
  }
}
