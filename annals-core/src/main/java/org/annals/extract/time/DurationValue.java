package org.annals.extract.time;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value of a duration that states its length ("more than four hours", "2 1/2 years", "two
 * more weeks", "a minute and a half", "the first nine months"), where the tagger leaves it
 * blank or vague (PXY). Hedges ("more than", "at least", "about") do not change a TimeML value.
 */
final class DurationValue {

  static final String NUMBER_WORD = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
      + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
  private static final Map<String, Integer> NUMBERS = Map.ofEntries(
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
      Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
      Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
      Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
      Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
      Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));
  /** A count, an optional half, optional filler ("more", "trading"), then the unit. */
  private static final Pattern LENGTH = Pattern.compile(
      "(?:^|\\s)(\\d{1,3}|a|an|(?:" + NUMBER_WORD + ")(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)"
          + "( 1/2| and a half)?\\s+(?:(?:more|full|straight|consecutive|trading|business|working)\\s+)?"
          + "(second|minute|hour|day|week|month|year|decade|century|centuries)s?( and a half)?"
          + "(?: of \\d{4}| (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))?$");
  private static final Pattern VAGUE = Pattern.compile("\\b(few|several|many|some|couple)\\b");

  private DurationValue() {}

  /** The TimeML value of a duration whose text states its length, or null. */
  static String of(String text) {
    String t = text.toLowerCase(Locale.ROOT).trim().replaceAll("[.,]$", "");
    if (VAGUE.matcher(t).find() || t.contains(" or ") || t.contains(" to ")) {
      return null;
    }
    Matcher m = LENGTH.matcher(t);
    if (!m.find()) {
      return null;
    }
    Integer n = count(m.group(1));
    if (n == null) {
      return null;
    }
    boolean half = m.group(2) != null || m.group(4) != null;
    String unit = m.group(3);
    switch (unit) {
      case "second":
        return half ? null : "PT" + n + "S";
      case "minute":
        return "PT" + n + "M" + (half ? "30S" : "");
      case "hour":
        return "PT" + n + "H" + (half ? "30M" : "");
      case "day":
        return "P" + n + "D" + (half ? "T12H" : "");
      case "week":
        return half ? null : "P" + n + "W";
      case "month":
        return half ? null : "P" + n + "M";
      case "year":
        return "P" + n + "Y" + (half ? "6M" : "");
      case "decade":
        return half ? null : "P" + (n * 10) + "Y";
      default:
        return half ? null : "P" + (n * 100) + "Y";
    }
  }

  private static Integer count(String word) {
    if (Character.isDigit(word.charAt(0))) {
      return Integer.parseInt(word);
    }
    String[] parts = word.split("[- ]");
    Integer first = NUMBERS.get(parts[0]);
    if (first == null || parts.length == 1) {
      return first;
    }
    Integer second = NUMBERS.get(parts[1]);
    return second == null || first < 20 ? null : first + second;
  }
}
