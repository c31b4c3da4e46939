package org.annals.extract.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.RawTimex;
import org.annals.model.TimexType;

/**
 * Years written as spoken in broadcast transcripts ("nineteen ninety-seven"). The tagger misses
 * them or stops at "nineteen ninety", which makes the year 1990; this finds the whole year, adds
 * it where nothing was tagged and corrects the year of a time that holds part of it.
 */
final class SpokenYears {

  private static final Map<String, Integer> TENS = Map.of("ten", 10, "twenty", 20, "thirty", 30, "forty", 40,
      "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
  private static final Map<String, Integer> UNITS = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5,
      "six", 6, "seven", 7, "eight", 8, "nine", 9);
  private static final Pattern YEAR = Pattern.compile(
      "\\b(?i:nineteen) (ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
          + "(?:[- ](one|two|three|four|five|six|seven|eight|nine))?\\b(?![- ](?:percent|years?|dollars|people|thousand|hundred|million))");
  private static final Pattern YEAR_VALUE = Pattern.compile("^\\d{4}");

  private SpokenYears() {}

  /** The tagger's times with spoken years completed and added, in text order. */
  static List<RawTimex> complete(String text, List<RawTimex> timexes, IntUnaryOperator sentenceAt) {
    Matcher m = YEAR.matcher(text);
    if (!m.find()) {
      return timexes;
    }
    List<RawTimex> out = new ArrayList<>(timexes);
    do {
      int year = 1900 + TENS.get(m.group(1).toLowerCase(Locale.ROOT))
          + (m.group(2) == null ? 0 : UNITS.get(m.group(2).toLowerCase(Locale.ROOT)));
      int start = m.start();
      int end = m.end();
      int overlapping = -1;
      for (int i = 0; i < out.size(); i++) {
        if (out.get(i).start() < end && start < out.get(i).end()) {
          overlapping = i;
          break;
        }
      }
      if (overlapping < 0) {
        out.add(new RawTimex(start, end, text.substring(start, end), TimexType.DATE, String.valueOf(year),
            sentenceAt.applyAsInt(start)));
        continue;
      }
      RawTimex t = out.get(overlapping);
      int s = Math.min(start, t.start());
      int e = Math.max(end, t.end());
      String value = t.value() != null && YEAR_VALUE.matcher(t.value()).find()
          ? year + t.value().substring(4) : t.value();
      out.set(overlapping, new RawTimex(s, e, text.substring(s, e), t.type(), value, t.sentence()));
    } while (m.find());
    out.sort(Comparator.comparingInt(RawTimex::start));
    return out;
  }
}
