package org.annals.extract.time;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.model.Token;

/**
 * Decides whether an underspecified date ("on Monday", "in March") points back or forward from
 * the document date, from the verbs around it. News mostly reports the past, so past is the
 * default; a future marker near the expression, or a future modal as its nearest verb, turns it
 * forward. A past-tense verb as the nearest makes it {@code PAST}; no such evidence {@code UNMARKED},
 * which callers read as the past but may weigh less.
 */
final class TenseCue {

  private static final int WINDOW = 8;
  private static final Set<String> FUTURE_MARKERS = Set.of("will", "'ll", "shall", "ahead", "upcoming",
      "scheduled", "expected", "due", "plans", "plan", "planned", "planning", "next", "coming", "tomorrow",
      "until", "till", "later", "set", "intends", "aims", "hopes", "to");

  enum Direction { PAST, FUTURE, UNMARKED }

  private static final Set<String> SPENT_BEFORE = Set.of("had", "as", "than", "-", "previously", "originally");

  private TenseCue() {}

  /**
   * @param tokens the sentence's tokens
   * @param first index of the expression's first token
   * @param last index of the expression's last token
   */
  static Direction of(List<Token> tokens, int first, int last) {
    int nearestVerb = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = Math.max(0, first - WINDOW); i < Math.min(tokens.size(), last + 1 + WINDOW); i++) {
      if (i >= first && i <= last) {
        continue;
      }
      Token t = tokens.get(i);
      String pos = t.pos();
      boolean finite = pos.equals("MD") || pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
      if (finite) {
        int d = i < first ? first - i : i - last;
        if (d < bestDistance) {
          bestDistance = d;
          nearestVerb = i;
        }
      }
    }
    // "to" counts only as "going to", "is to", "set to", "plans to": a verb-governed infinitive before the date
    // "Until Thursday, they had not called him" looks back; "postponed until Tuesday" looks ahead
    boolean pastPerfectNearest = nearestVerb >= 0 && tokens.get(nearestVerb).word().equalsIgnoreCase("had");
    for (int i = Math.max(0, first - WINDOW); i < first; i++) {
      String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
      if (FUTURE_MARKERS.contains(w) && !w.equals("to") && !w.equals("set")) {
        if (isSpentMarker(tokens, i) || ((w.equals("until") || w.equals("till")) && pastPerfectNearest)) {
          continue;
        }
        return Direction.FUTURE;
      }
      if ((w.equals("to") && i > 0 && Set.of("going", "is", "are", "was", "were", "set", "due", "plans", "plan", "expected")
          .contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT)))) {
        return Direction.FUTURE;
      }
    }
    if (last + 1 < tokens.size() && tokens.get(last + 1).word().matches("['’]s")) {
      return Direction.PAST; // "Wednesday's ruling": a day named as the time of something done
    }
    if (first >= 2 && tokens.get(first - 1).word().equalsIgnoreCase("as")
        && Set.of("soon", "early").contains(tokens.get(first - 2).word().toLowerCase(Locale.ROOT))) {
      return Direction.FUTURE; // "as soon as Tuesday", "as early as Monday"
    }
    if (nearestVerb >= 0) {
      Token v = tokens.get(nearestVerb);
      String modal = v.word().toLowerCase(Locale.ROOT);
      if (v.pos().equals("MD") && Set.of("will", "'ll", "shall", "wo").contains(modal)) {
        return Direction.FUTURE;
      }
      if (v.pos().equals("MD") && modal.equals("would") && nearestVerb < first) {
        return Direction.FUTURE; // "said he would leave Thursday": the future as seen on the day of saying
      }
      if (v.pos().equals("VBD")) {
        return Direction.PAST;
      }
    }
    return Direction.UNMARKED;
  }

  /**
   * A future marker that looks back: "had been scheduled to expire Friday", "as expected",
   * "as previously planned", "lower-than-expected".
   */
  private static boolean isSpentMarker(List<Token> tokens, int i) {
    for (int j = Math.max(0, i - 2); j < i; j++) {
      if (SPENT_BEFORE.contains(tokens.get(j).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
