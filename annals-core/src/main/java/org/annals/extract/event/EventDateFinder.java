package org.annals.extract.event;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.extract.WordSets;
import org.annals.model.EventDate;
import org.annals.model.Sentence;
import org.annals.model.TimeExpression;
import org.annals.model.TimexType;
import org.annals.model.Token;

/**
 * The date of an event: the time expression of its sentence nearest to the trigger, a date
 * preferred over a time of day; durations and sets ("for three years", "every night") are not
 * dates, and "since April" marks the start of a tally, not when this event happened.
 */
final class EventDateFinder {

  private static final Set<String> DAY_WORDS = WordSets.of("day.word");

  EventDate find(Sentence s, TriggerMatch t, List<TimeExpression> times, List<TriggerMatch> sentenceTriggers) {
    int anchor = s.tokens().get(t.first()).start();
    TimeExpression bestDate = null;
    TimeExpression bestTime = null;
    for (TimeExpression te : times) {
      if (te.start() < s.start() || te.end() > s.end() || !isCalendarValue(te.value()) || startsTally(s, te)) {
        continue;
      }
      int first = s.tokenAtOrAfter(te.start());
      int last = Math.max(first, s.tokenAtOrAfter(te.end()) - 1);
      List<Token> toks = s.tokens();
      int distance = first > t.last() ? first - t.last() : t.first() - last;
      // The date of another clause, another statement ("…, Psaki said Biden will speak on 1 March")
      // or another event word nearer to it is not this event's date.
      if (nearerToAnother(t, first, last, sentenceTriggers) || distance > 20 || datesOtherNoun(toks, first, last, t)
          || ClauseBounds.separated(toks, Math.min(last, t.first()), Math.max(first, t.last()))
          || EventArgumentFinder.speakingBetween(toks, Math.min(last, t.last()), Math.max(first, t.first()))) {
        continue;
      }
      if (te.type() == TimexType.DATE && closer(te, bestDate, anchor)) {
        bestDate = te;
      } else if (te.type() == TimexType.TIME && namesDay(te.text()) && closer(te, bestTime, anchor)) {
        bestTime = te;
      }
    }
    TimeExpression best = bestDate != null ? bestDate : bestTime;
    return best == null ? null : new EventDate(best.value(), best.start(), best.end(), best.text());
  }

  /**
   * True where another trigger stands between {@code t} and tokens
   * {@code first..last}: "exchanged views … including plans to resume talks in Istanbul on June 2"
   * — the place and date go with the talks, the word nearer to them. Outcome words ("killed")
   * do not count.
   */
  static boolean nearerToAnother(TriggerMatch t, int first, int last, List<TriggerMatch> sentenceTriggers) {
    for (TriggerMatch u : sentenceTriggers) {
      if (u == t || u.rule().weak()) {
        continue;
      }
      boolean between = last < t.first() ? u.first() > last && u.last() < t.first()
          : first > t.last() && u.first() > t.last() && u.last() < first;
      if (between) {
        return true;
      }
    }
    return false;
  }

  /**
   * "John Paul II's speech of 1979 …, Biden linked the war": a date after "of" dates the noun
   * before it, not an event word elsewhere in the sentence.
   */
  static boolean datesOtherNoun(List<Token> toks, int first, int last, TriggerMatch t) {
    int of = first - 1;
    if (of < 1 || !toks.get(of).word().equalsIgnoreCase("of")
        || last + 1 < toks.size() && toks.get(last + 1).pos().equals("POS")) {
      return false; // "the site of Monday's strike": the date goes with the noun it owns
    }
    int noun = of - 1;
    return toks.get(noun).pos().startsWith("NN") && !toks.get(noun).pos().startsWith("NNP")
        && (noun < t.first() || noun > t.last());
  }

  /** "2025-06-01", "XXXX-WXX-4", "2022": not PRESENT_REF or PAST_REF, which date nothing. */
  private static boolean isCalendarValue(String v) {
    if (v == null || v.length() < 4) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      char c = v.charAt(i);
      if (!Character.isDigit(c) && c != 'X') {
        return false;
      }
    }
    return true;
  }

  /**
   * "Monday morning", "last night", "5 March at 10am" name a day; "7am BST", "02:13", "the last
   * minute" do not (a live blog's timestamp, a newsletter's hour): they date no event.
   */
  static boolean namesDay(String text) {
    return WordSets.anyWordIn(text, DAY_WORDS);
  }

  private static boolean closer(TimeExpression te, TimeExpression best, int anchor) {
    return best == null || distance(te, anchor) < distance(best, anchor);
  }

  private static int distance(TimeExpression te, int anchor) {
    return te.start() >= anchor ? te.start() - anchor : anchor - te.end();
  }

  /** "since April 2022", "until June": a bound of a period, not an event's date. */
  private static boolean startsTally(Sentence s, TimeExpression te) {
    List<Token> toks = s.tokens();
    int k = s.tokenAtOrAfter(te.start()) - 1;
    if (k < 0 || k >= toks.size()) {
      return false;
    }
    String w = toks.get(k).word().toLowerCase(Locale.ROOT);
    return w.equals("since") || w.equals("until") || w.equals("till");
  }
}
