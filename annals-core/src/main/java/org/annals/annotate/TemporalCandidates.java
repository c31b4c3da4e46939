package org.annals.annotate;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides cheaply whether a sentence can hold a time expression, so the (costly) temporal tagger
 * runs only on sentences that might. A sentence qualifies if one of its tokens holds a digit or
 * is a temporal word.
 */
final class TemporalCandidates {

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
      for (int i = 0; i < w.length(); i++) {
        if (Character.isDigit(w.charAt(i))) {
          return true;
        }
      }
      if (WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
