package org.annals.extract.figure;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.extract.figure.Quantity.Unit;
import org.annals.model.Token;

/**
 * Reads a number written in digits ("1,343", "7.5 million", "£3.5bn", "34%") or words ("seven",
 * "two hundred", "a dozen", "tens of thousands") starting at a token, with its currency sign,
 * multiplier, range ("10-20", "between 10 and 20") and unit.
 */
final class QuantityParser {

  private static final Pattern DIGITS = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(k|m|bn|b|tn|trn)?");

  private static final Map<String, Integer> SMALL = Map.ofEntries(
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
      Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
      Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
      Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
      Map.entry("nineteen", 19));

  private static final Map<String, Integer> TENS = Map.of(
      "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80,
      "ninety", 90);

  private static final Map<String, Double> MULTIPLIERS = Map.of(
      "thousand", 1e3, "k", 1e3, "million", 1e6, "m", 1e6, "mn", 1e6, "billion", 1e9, "bn", 1e9,
      "trillion", 1e12, "tn", 1e12, "trn", 1e12);

  private static final Map<String, Double> ROUND = Map.of(
      "dozen", 12.0, "hundred", 100.0, "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12);

  /** Plurals of round numbers: a conservative lower bound (ACLED: "dozens" → 12, "hundreds" → 100). */
  private static final Map<String, Double> VAGUE = Map.of(
      "dozens", 12.0, "scores", 20.0, "hundreds", 100.0, "thousands", 1e3, "millions", 1e6, "billions", 1e9);

  private final FigureLexicon lexicon;

  QuantityParser(FigureLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The quantity starting at token {@code i}, or null where none starts there. */
  Quantity parse(List<Token> toks, int i) {
    int j = i;
    boolean money = false;
    String unitCode = null;
    FigureLexicon.Match<String> sign = currencySign(toks, j);
    if (sign != null || toks.get(j).pos().equals("$")) {
      money = true;
      unitCode = sign == null ? null : sign.value();
      j = sign == null ? j + 1 : sign.end();
    }
    Num first = number(toks, j);
    if (first == null) {
      return null;
    }
    j = first.end;
    double value = first.value;
    double high = Double.NaN;
    // Ranges: "10-20", "10 to 20", "two or three", "between 10 and 20".
    String sep = lower(toks, j);
    boolean between = "between".equals(lower(toks, i - 1)) && "and".equals(sep);
    boolean dash = "-".equals(sep) || "–".equals(sep) || "to".equals(sep) || "or".equals(sep);
    if ((between || dash) && !first.vague && !"from".equals(lower(toks, i - 1))) {
      int k = j + 1;
      FigureLexicon.Match<String> secondSign = currencySign(toks, k);
      if (secondSign != null) {
        k = secondSign.end();
      }
      Num second = number(toks, k);
      if (second != null && !second.vague && second.value > first.value) {
        if (second.multiplied && !first.multiplied) {
          value = first.value * second.multiplier;
        }
        high = second.value;
        j = second.end;
      }
    }
    int numberEnd = j;
    Unit unit = money ? Unit.MONEY : Unit.NONE;
    if (!money) {
      boolean hyphen = "-".equals(lower(toks, j));
      int u = hyphen ? j + 1 : j;
      FigureLexicon.Match<String> m;
      boolean areaOrVolume = "square".equals(lower(toks, u)) || "sq".equals(lower(toks, u))
          || "cubic".equals(lower(toks, u));
      if ((m = lexicon.unitAt(Unit.PERCENT, toks, j)) != null) {
        unit = Unit.PERCENT;
        unitCode = m.value();
        j = m.end();
      } else if ((m = lexicon.unitAt(Unit.MONEY, toks, j)) != null && !isWeight(toks, m, first)) {
        unit = Unit.MONEY;
        unitCode = m.value();
        j = m.end();
      } else if (areaOrVolume) {
        // "12 square km": an area, kept as km2 (a volume as km3)
        unit = Unit.MEASURE;
        m = lexicon.unitAt(Unit.DISTANCE, toks, u + 1);
        unitCode = m == null ? null : m.value() + ("cubic".equals(lower(toks, u)) ? "3" : "2");
        j = m == null ? u + 2 : m.end();
      } else if ((m = lexicon.unitAt(Unit.DISTANCE, toks, u)) != null) {
        unit = Unit.DISTANCE;
        unitCode = m.value();
        j = m.end();
      } else if ((m = lexicon.unitAt(Unit.MEASURE, toks, u)) != null) {
        unit = Unit.MEASURE;
        unitCode = m.value();
        j = m.end();
      }
    }
    j = Math.min(j, toks.size());
    return new Quantity(i, numberEnd, j, value, high, unit, unitCode, first.vague, first.approximate,
        first.spelled);
  }

  /**
   * A currency written before a number: a sign ("$", "£", "US$") or an upper-case code ("EUR"),
   * never a word ("dollars 5").
   */
  private FigureLexicon.Match<String> currencySign(List<Token> toks, int k) {
    FigureLexicon.Match<String> m = k < toks.size() ? lexicon.unitAt(Unit.MONEY, toks, k) : null;
    if (m == null) {
      return null;
    }
    String w = toks.get(k).word();
    boolean sign = toks.get(k).pos().equals("$") || !w.chars().allMatch(Character::isLetter);
    boolean code = w.length() == 3 && w.chars().allMatch(Character::isUpperCase);
    return sign || code ? m : null;
  }

  /** "5 pounds" may be a weight; "£5", "5m pounds" and "5 pounds sterling" are money. */
  private static boolean isWeight(List<Token> toks, FigureLexicon.Match<String> m, Num number) {
    String w = toks.get(m.start()).lemma();
    return w.equals("pound") && m.end() - m.start() == 1 && !number.multiplied;
  }

  /** A bare number (digits or words) starting at {@code i}. */
  private Num number(List<Token> toks, int i) {
    if (i >= toks.size()) {
      return null;
    }
    String w = lower(toks, i);
    Matcher m = DIGITS.matcher(w);
    if (m.matches() && !toks.get(i).word().contains("/")) {
      double v = Double.parseDouble(m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2)));
      int end = i + 1;
      double mult = 1;
      if (m.group(3) != null) {
        mult = suffixMultiplier(m.group(3));
      } else if (MULTIPLIERS.containsKey(lower(toks, end))) {
        mult = MULTIPLIERS.get(lower(toks, end));
        end++;
      }
      return new Num(v * mult, end, false, false, false, mult != 1, mult);
    }
    return words(toks, i);
  }

  private static double suffixMultiplier(String suffix) {
    return switch (suffix) {
      case "k" -> 1e3;
      case "m" -> 1e6;
      case "bn", "b" -> 1e9;
      default -> 1e12;
    };
  }

  private Num words(List<Token> toks, int i) {
    String w = lower(toks, i);
    // "a dozen", "a hundred", "a million", "half a million"
    if (w.equals("a") || w.equals("an") || w.equals("half")) {
      int k = i + 1;
      double factor = 1;
      if (w.equals("half")) {
        if (!"a".equals(lower(toks, k))) {
          return null;
        }
        k++;
        factor = 0.5;
      }
      Double v = ROUND.get(lower(toks, k));
      if (v == null) {
        return null;
      }
      return new Num(v * factor, k + 1, false, true, true, v >= 1e3, v);
    }
    // "dozens", "hundreds", "tens of thousands", "hundreds of thousands"
    if (w.equals("tens") || VAGUE.containsKey(w)) {
      if ("of".equals(lower(toks, i + 1)) && VAGUE.containsKey(lower(toks, i + 2))
          && VAGUE.get(lower(toks, i + 2)) >= 1e3) {
        double base = w.equals("tens") ? 10 : VAGUE.get(w);
        return new Num(base * VAGUE.get(lower(toks, i + 2)), i + 3, true, false, true, true, 1);
      }
      if (w.equals("tens") || (w.equals("scores") && !"of".equals(lower(toks, i + 1)))) {
        return null;
      }
      if (!toks.get(i).pos().startsWith("NN")) {
        return null;
      }
      return new Num(VAGUE.get(w), i + 1, true, false, true, false, 1);
    }
    // "seven", "twenty-one", "two hundred", "three thousand", "two dozen"
    double total = 0;
    double current = 0;
    boolean any = false;
    int k = i;
    while (k < toks.size()) {
      String t = lower(toks, k);
      if (SMALL.containsKey(t)) {
        current += SMALL.get(t);
      } else if (TENS.containsKey(t)) {
        current += TENS.get(t);
        if ("-".equals(lower(toks, k + 1)) && SMALL.containsKey(lower(toks, k + 2))
            && SMALL.get(lower(toks, k + 2)) < 10) {
          current += SMALL.get(lower(toks, k + 2));
          k += 2;
        }
      } else if (any && t.equals("hundred")) {
        current *= 100;
      } else if (any && t.equals("dozen")) {
        current *= 12;
      } else if (any && MULTIPLIERS.containsKey(t) && t.length() > 3) {
        total += current * MULTIPLIERS.get(t);
        current = 0;
      } else {
        break;
      }
      any = true;
      k++;
    }
    if (!any) {
      return null;
    }
    double v = total + current;
    return new Num(v, k, false, false, true, total > 0, 1);
  }

  private static String lower(List<Token> toks, int i) {
    return i >= 0 && i < toks.size() ? toks.get(i).word().toLowerCase(Locale.ROOT) : "";
  }

  /** A bare number: its value and the token after it. */
  private record Num(double value, int end, boolean vague, boolean approximate, boolean spelled,
      boolean multiplied, double multiplier) {}
}
