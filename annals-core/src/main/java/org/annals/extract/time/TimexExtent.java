package org.annals.extract.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.RawTimex;

/**
 * Repairs the extent of a tagged time where the tokenizer cut a compound apart: "year-ago" and
 * "year-earlier" are split at the hyphen, so the tagger sees only "the year"; "the 1988 period"
 * and "fiscal 1989" leave out the word that makes them a reporting period. TimeML takes the
 * whole compound, and its value depends on it.
 */
final class TimexExtent {

  /** "-ago quarter", "-earlier third quarter", "-end": what follows a bare "year". */
  private static final Pattern YEAR_COMPOUND = Pattern.compile(
      "^-(ago|earlier|end)\\b( ((first|second|third|fourth) )?(quarter|period|nine months|six months))?");
  private static final Pattern PERIOD_NOUN = Pattern.compile("^ (quarter|period)\\b");
  private static final Pattern YEAR_TEXT = Pattern.compile("(?i)^((the|a|an) )?((comparable|corresponding|same) )?year$");
  private static final Pattern BARE_YEAR = Pattern.compile("^\\d{4}$");
  private static final Pattern BARE_UNITS = Pattern.compile("(?i)^(seconds|minutes|hours|days|weeks|months|years|decades)$");
  /** "2 1/2 ", "20 more ", "two more ": the count the tagger left out before a plural unit. */
  private static final Pattern COUNT_BEFORE = Pattern.compile(
      "(?i)(?:^|[^\\w/])(\\d{1,3}(?: 1/2)?|(?:" + DurationValue.NUMBER_WORD + ")(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)"
          + "(?: more)? $");
  private static final Pattern SINGLE_UNIT = Pattern.compile("(?i)^(an?|one) (minute|hour|day|year)$");
  private static final Pattern HALF_AFTER = Pattern.compile("^ and a half\\b");

  private TimexExtent() {}

  static RawTimex repair(String doc, RawTimex t) {
    String after = doc.substring(t.end(), Math.min(doc.length(), t.end() + 40));
    Matcher yt = YEAR_TEXT.matcher(t.text());
    if (yt.matches()) {
      Matcher c = YEAR_COMPOUND.matcher(after);
      if (c.find()) {
        int start = t.start();
        if (c.group(2) == null && yt.group(1) != null) {
          // "the year-ago results": the determiner belongs to the noun, the time is the adjective
          start = t.start() + yt.group(1).length() + (yt.group(3) == null ? 0 : yt.group(3).length());
        }
        return with(doc, t, start, t.end() + c.end());
      }
      return t;
    }
    if (BARE_UNITS.matcher(t.text()).matches()) {
      Matcher c = COUNT_BEFORE.matcher(doc.substring(Math.max(0, t.start() - 20), t.start()));
      if (c.find()) {
        return with(doc, t, t.start() - (c.end() - c.start(1)), t.end());
      }
      return t;
    }
    if (SINGLE_UNIT.matcher(t.text()).matches()) {
      Matcher h = HALF_AFTER.matcher(after);
      return h.find() ? with(doc, t, t.start(), t.end() + h.end()) : t;
    }
    if (BARE_YEAR.matcher(t.text()).matches()) {
      Matcher p = PERIOD_NOUN.matcher(after);
      String before = doc.substring(Math.max(0, t.start() - 4), t.start());
      if (p.find() && before.equalsIgnoreCase("the ")) {
        return with(doc, t, t.start() - 4, t.end() + p.end());
      }
      String fiscal = doc.substring(Math.max(0, t.start() - 7), t.start());
      if (fiscal.equalsIgnoreCase("fiscal ")) {
        return with(doc, t, t.start() - 7, t.end());
      }
    }
    return t;
  }

  private static RawTimex with(String doc, RawTimex t, int start, int end) {
    return new RawTimex(start, end, doc.substring(start, end), t.type(), t.value(), t.sentence());
  }
}
