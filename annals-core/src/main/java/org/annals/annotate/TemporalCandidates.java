package org.annals.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides cheaply what the (costly) temporal tagger must read: only sentences that can hold a
 * time expression (a token holds a digit or is a temporal word), and of those only the windows of
 * tokens around such words ({@link #windows}). SUTime's cost grows with the tokens it is given,
 * and a time expression reaches at most {@link #BEFORE} tokens before the word that makes it one
 * ("the latter half of the 1990s") and {@link #AFTER} after it ("two weeks in a row").
 */
final class TemporalCandidates {

  /** Tokens a window keeps before and after each temporal word. */
  static final int BEFORE = 6;
  static final int AFTER = 3;

  /**
   * SUTime's own words for times that {@link #WORDS} leaves out, because alone they are too common
   * to make a sentence worth tagging ("time", "current"): inside a sentence that is, they are
   * tagged as SUTime would tag them in the whole sentence. Time zones end a time ("8pm GMT").
   */
  private static final Set<String> ALSO_IN_WINDOWS = Set.of(
      "time", "times", "current", "medieval", "nighttime", "nighttimes", "daytime", "daylight",
      "daybreak", "sunrise", "sunset", "sundown", "sunup", "twilight", "teatime", "lunchtime",
      "dinnertime", "suppertime", "fortnight", "fortnights", "weekday", "weekdays", "workday",
      "workweek", "millennia", "millenniums", "birthday", "eve", "mins", "hrs", "yrs", "sec", "secs",
      "wks", "mos", "o'clock", "ides", "valentine", "groundhog", "inauguration", "gmt", "bst", "utc",
      "cet", "cest", "est", "edt", "pst", "pdt");

  private static final Set<String> WORDS = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
      "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
      "sun", "today", "tonight", "tomorrow", "yesterday", "now", "currently", "recently", "recent",
      "nowadays", "present", "past", "future", "once", "twice", "soon", "later", "earlier", "ago",
      "since", "until", "till", "year", "years", "yearly", "annual", "annually", "month", "months",
      "monthly", "week", "weeks", "weekly", "weekend", "weekends", "day", "days", "daily",
      "overnight", "nightly", "hour", "hours", "hourly", "minute", "minutes", "second", "seconds",
      "decade", "decades", "century", "centuries", "millennium", "morning", "mornings",
      "afternoon", "afternoons", "evening", "evenings", "night", "nights", "noon", "midnight",
      "midday", "dawn", "dusk", "spring", "summer", "autumn", "fall", "winter", "quarter",
      "quarters", "fiscal", "season", "christmas", "easter", "thanksgiving", "halloween",
      "ramadan", "moment", "lately", "previously", "meanwhile");

  private TemporalCandidates() {}

  static boolean mayHoldTime(List<String> words) {
    for (String w : words) {
      if (hasDigit(w) || WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** A token a window opens around: a digit, a word of {@link #WORDS} or one of SUTime's other time words. */
  private static boolean opensWindow(String w) {
    String lower = w.toLowerCase(Locale.ROOT);
    return hasDigit(w) || WORDS.contains(lower) || ALSO_IN_WINDOWS.contains(lower);
  }

  /**
   * The token ranges {@code [from, to)} of a candidate sentence the tagger reads: every temporal
   * word (of {@link #WORDS}, SUTime's other time words, or a token with a digit) with
   * {@link #BEFORE} tokens before it and {@link #AFTER} after it, overlapping or touching windows
   * joined.
   */
  static List<int[]> windows(List<String> words) {
    List<int[]> out = new ArrayList<>();
    int n = words.size();
    for (int i = 0; i < n; i++) {
      if (!opensWindow(words.get(i))) {
        continue;
      }
      int from = Math.max(0, i - BEFORE);
      int to = Math.min(n, i + AFTER + 1);
      int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && from <= last[1]) {
        last[1] = Math.max(last[1], to);
      } else {
        out.add(new int[] {from, to});
      }
    }
    return out;
  }

  private static boolean hasDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
