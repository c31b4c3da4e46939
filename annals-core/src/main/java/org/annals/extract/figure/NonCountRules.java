package org.annals.extract.figure;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.extract.WordSets;
import org.annals.extract.figure.Quantity.Unit;
import org.annals.model.Span;
import org.annals.model.Token;

/**
 * Decides when a number names something rather than counting it: a date or year ("June 2",
 * "2022"), a time ("10:30am"), an age ("22-year-old", "Maria, 22,"), a duration ("three
 * years"), a label ("F-16", "Article 5", "Nord Stream 2"), a list marker, a compound modifier
 * ("a 10-storey building") or a multiplier ("three times").
 */
final class NonCountRules {

  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
      "sep", "sept", "oct", "nov", "dec");
  private static final Set<String> CLOCK = Set.of("am", "pm", "a.m.", "p.m.", "a.m", "p.m", "gmt", "bst", "cet",
      "utc", "est", "edt", "o'clock", "hrs", "h", "local");
  private static final Set<String> LABELS = Set.of("article", "resolution", "no", "no.", "nos", "number", "section",
      "chapter", "paragraph", "page", "flight", "route", "room", "phase", "level", "grade", "stage", "channel",
      "unit", "highway", "gate", "platform", "block", "building", "apartment", "flat", "item", "clause", "protocol",
      "rule", "act", "version", "season", "episode", "series", "class", "category", "type", "model", "mark", "mk",
      "zone", "district", "sector", "step", "annex", "line", "terminal", "reactor", "bus", "tram", "covid", "radio",
      "tv", "formula", "group", "pier", "hangar", "bunker", "camp", "battalion", "brigade", "regiment");
  private static final Set<String> WEEKDAYS = WordSets.of("weekday");
  private static final Set<String> AGE_WORDS = Set.of("aged", "age", "ages");

  private final FigureLexicon lexicon;

  NonCountRules(FigureLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** True where the quantity is not a count of anything. */
  boolean isNotACount(List<Token> toks, Quantity q, List<Span> timeSpans) {
    int numStart = q.unit() == Unit.MONEY && q.start() + 1 < q.numberEnd() ? q.start() + 1 : q.start();
    Token first = toks.get(numStart);
    Token last = toks.get(q.numberEnd() - 1);
    String prev = lower(toks, q.start() - 1);
    String next = lower(toks, q.numberEnd());
    boolean plain = q.unit() == Unit.NONE;

    if (plain && insideTime(new Span(first.start(), last.end()), timeSpans)) {
      return true;
    }
    if (plain && (isMonth(toks, q.start() - 1) || isMonth(toks, q.numberEnd()))) {
      return true;
    }
    if (first.word().contains(":") || CLOCK.contains(next)) {
      return true;
    }
    if (plain && isYear(first) && !q.isRange() && !pluralCountedNounAt(toks, q.numberEnd())) {
      return true;
    }
    if (plain && (isAge(toks, q, prev, next) || AGE_WORDS.contains(prev))) {
      return true;
    }
    // "a 10-storey building", "two-thirds", "three-day visit": a compound modifier, not a count.
    if (plain && next.equals("-")) {
      return true;
    }
    // "F-16", "Covid-19", "Kh-101", "S-400", "Article 5", "Nord Stream 2"
    if (prev.equals("-") && isAlphabetic(lower(toks, q.start() - 2))) {
      return true;
    }
    if (plain && (LABELS.contains(prev) || (q.start() > 0 && isNameWord(toks.get(q.start() - 1))))) {
      return true;
    }
    if (plain && q.start() == 0 && (next.equals(".") || next.equals(")"))) {
      return true;
    }
    if (next.equals("times") || next.equals("time") || next.equals("fold")) {
      return true;
    }
    if (plain && countsTime(toks, q.numberEnd())) {
      return true;
    }
    // "one of the ...", "no one", "one another": "one" counts only a counted noun right after it.
    if (q.spelled() && q.value() == 1 && !q.isRange()) {
      return !countedNounFollows(toks, q.numberEnd());
    }
    return false;
  }

  private static boolean insideTime(Span number, List<Span> timeSpans) {
    for (Span t : timeSpans) {
      if (t.overlaps(number)) {
        return true;
      }
    }
    return false;
  }

  /** "2000 troops" is a count even though 2000 looks like a year. */
  private boolean pluralCountedNounAt(List<Token> toks, int i) {
    return i < toks.size() && toks.get(i).pos().equals("NNS") && lexicon.noun(toks.get(i)) != null;
  }

  /** Month names; "May" and "March" only capitalised, since "may" and "march" are also words. */
  private static boolean isMonth(List<Token> toks, int i) {
    if (i < 0 || i >= toks.size()) {
      return false;
    }
    String w = toks.get(i).word();
    String l = w.toLowerCase(Locale.ROOT);
    if (l.equals("may") || l.equals("march")) {
      return w.charAt(0) == 'M';
    }
    return MONTHS.contains(l);
  }

  private static boolean isYear(Token t) {
    String w = t.word();
    if (w.length() != 4 || !w.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int y = Integer.parseInt(w);
    return y >= 1800 && y <= 2100;
  }

  /** "22-year-old", "22 years old", "Maria, 22, was ..." */
  private static boolean isAge(List<Token> toks, Quantity q, String prev, String next) {
    int e = q.numberEnd();
    if (lower(toks, e + 1).equals("old") || lower(toks, e + 2).equals("old") || lower(toks, e + 3).equals("old")) {
      String unit = next.equals("-") ? lower(toks, e + 1) : next;
      return unit.startsWith("year") || unit.startsWith("month") || lower(toks, e + 1).startsWith("year");
    }
    if (prev.equals(",") && next.equals(",") && q.start() >= 2 && q.value() < 120 && !q.spelled()) {
      Token before = toks.get(q.start() - 2);
      return before.isNoun();
    }
    return false;
  }

  /** A capitalised name word right before the number ("Nord Stream 2", "Boeing 737"). */
  private static boolean isNameWord(Token t) {
    String l = t.word().toLowerCase(Locale.ROOT);
    return t.pos().startsWith("NNP") && Character.isUpperCase(t.word().charAt(0))
        && !MONTHS.contains(l) && !WEEKDAYS.contains(l);
  }

  /** "three years", "the past two weeks", "two straight nights". */
  private boolean countsTime(List<Token> toks, int from) {
    for (int k = from; k < Math.min(toks.size(), from + 3); k++) {
      Token t = toks.get(k);
      if (lexicon.isTimeUnit(t) && t.isNoun()) {
        return true;
      }
      if (!t.pos().startsWith("JJ") && !t.pos().equals("HYPH") && !t.pos().equals("RB")) {
        return false;
      }
    }
    return false;
  }

  private boolean countedNounFollows(List<Token> toks, int from) {
    for (int k = from; k < Math.min(toks.size(), from + 3); k++) {
      Token t = toks.get(k);
      if (t.isNoun() && lexicon.noun(t) != null) {
        return true;
      }
      if (!t.pos().startsWith("JJ") && !t.pos().startsWith("NNP") && !t.pos().equals("HYPH")) {
        return false;
      }
    }
    return false;
  }

  private static boolean isAlphabetic(String w) {
    return !w.isEmpty() && w.chars().allMatch(Character::isLetter);
  }

  private static String lower(List<Token> toks, int i) {
    return i >= 0 && i < toks.size() ? toks.get(i).word().toLowerCase(Locale.ROOT) : "";
  }
}
