package org.annals.extract.figure;

import java.util.List;
import org.annals.model.FigureCategory;
import org.annals.model.Token;

/**
 * Finds the words that make a count or a sum of money a running or aggregate tally rather than
 * the figure of one event: "so far", "in total", "a total of", "since the start of the war", "since February",
 * "during the month", "this year", "in the past 24 hours" (the {@code aggregate.*} lists of
 * {@code figure-lexicon.txt}). ACLED keeps such tallies apart from single events.
 *
 * <p>A cue reaches the figures of its clause: the sentence, cut where a clause updates a running
 * total ("launched 415 drones, bringing the total since March to 9,000": only 9,000 is a tally), at
 * semicolons, at a single dash and at "but", "while" ({@code aggregate.clause}). A cue after
 * "earlier"/"later" ("earlier this year") or shortly after a superlative ("the biggest attack since
 * 2022", "the first such attack so far") is no tally.
 * Stateless and thread-safe.
 */
public final class AggregateCues {

  /** How far after "since" a word of aggregate.since makes it a tally: "since the Russian offensive started". */
  private static final int SINCE_WINDOW = 5;

  /** How far before a cue a superlative makes it a comparison. */
  private static final int COMPARISON_WINDOW = 6;

  private static volatile AggregateCues builtIn;

  private final FigureLexicon lexicon;

  AggregateCues(FigureLexicon lexicon) {
    this.lexicon = lexicon;
  }

  public static AggregateCues builtIn() {
    AggregateCues c = builtIn;
    if (c == null) {
      c = new AggregateCues(FigureLexicon.builtIn());
      builtIn = c;
    }
    return c;
  }

  /** Whether the sentence reports a tally anywhere: its totals are not one event. */
  public boolean inSentence(List<Token> toks) {
    return hasCue(toks, 0, toks.size());
  }

  /**
   * Whether the figure starting at token {@code figureStart} lies in a clause with a tally cue.
   * Percentages and distances are never tallies.
   */
  boolean covers(List<Token> toks, int figureStart, FigureCategory category) {
    if (category == FigureCategory.PERCENT || category == FigureCategory.DISTANCE) {
      return false;
    }
    int from = 0;
    for (int k = 0; k < toks.size(); k++) {
      if (isClauseBreak(toks, k)) {
        if (k > figureStart) {
          return hasCue(toks, from, k);
        }
        from = k;
      }
    }
    return hasCue(toks, from, toks.size());
  }

  /** ";", a single dash, "but", ", bringing ...": where a clause that may hold its own tally starts. */
  private boolean isClauseBreak(List<Token> toks, int k) {
    Token t = toks.get(k);
    if (t.word().equals(";") || lexicon.isAggregateWord("clause", t)) {
      return true;
    }
    if (isDash(t)) {
      return toks.stream().filter(AggregateCues::isDash).count() == 1;
    }
    return t.word().equals(",") && k + 1 < toks.size() && toks.get(k + 1).pos().equals("VBG")
        && lexicon.isAggregateWord("update", toks.get(k + 1));
  }

  private static boolean isDash(Token t) {
    return t.word().equals("--") || t.word().equals("–") || t.word().equals("—");
  }

  private boolean hasCue(List<Token> toks, int from, int to) {
    for (int k = from; k < to; k++) {
      if ((matchesCue(toks, k, to) || isSinceTally(toks, k, to)) && !voided(toks, from, k)) {
        return true;
      }
    }
    return false;
  }

  private boolean matchesCue(List<Token> toks, int k, int to) {
    for (String[] cue : lexicon.aggregateCues()) {
      if (matchesFrom(toks, k, to, cue)) {
        return true;
      }
    }
    return false;
  }

  private boolean matchesFrom(List<Token> toks, int k, int to, String[] cue) {
    int j = k;
    for (String w : cue) {
      if (j >= to) {
        return false;
      }
      if (w.equals("PERIOD")) {
        if (!lexicon.isAggregateWord("period", toks.get(j))) {
          return false;
        }
      } else if (w.equals("TIME")) {
        int skipped = 0;
        while (j < to && skipped < 2 && (toks.get(j).pos().equals("CD") || toks.get(j).pos().startsWith("JJ"))) {
          j++;
          skipped++;
        }
        if (j >= to || !toks.get(j).isNoun() || !lexicon.isTimeUnit(toks.get(j))) {
          return false;
        }
      } else if (!FigureLexicon.matches(w, toks.get(j))) {
        return false;
      }
      j++;
    }
    return true;
  }

  /** "since February", "since 2014", "since Russia invaded", "since the start of the war", "since it began". */
  private boolean isSinceTally(List<Token> toks, int k, int to) {
    if (!toks.get(k).word().equalsIgnoreCase("since") || k + 1 >= to) {
      return false;
    }
    Token next = toks.get(k + 1);
    if (next.pos().equals("CD") || next.isProperNoun()) {
      return true;
    }
    for (int j = k + 1; j <= k + SINCE_WINDOW && j < to; j++) {
      if (lexicon.isAggregateWord("since", toks.get(j))) {
        return true;
      }
    }
    return false;
  }

  /** "earlier this year"; "the biggest attack since 2022"; "the first such attack so far". */
  private boolean voided(List<Token> toks, int from, int cue) {
    if (cue > from && lexicon.isAggregateWord("not_after", toks.get(cue - 1))) {
      return true;
    }
    for (int j = Math.max(from, cue - COMPARISON_WINDOW); j < cue; j++) {
      Token t = toks.get(j);
      boolean comparison = lexicon.isAggregateWord("comparison", t) && !t.isVerb(); // "a record", not "recorded"
      if (t.pos().equals("JJS") || t.pos().equals("RBS") || comparison) {
        return true;
      }
    }
    return false;
  }
}
