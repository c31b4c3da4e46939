package org.annals.extract.figure;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.model.FigureQualifier;
import org.annals.model.Token;

/**
 * Reads the hedge on a number — "at least seven", "more than 4,300", "nearly 500", "some 300",
 * "12 or more", "between 10 and 20" — and widens the figure's span to cover it.
 */
final class HedgeReader {

  /** The hedged span, in sentence token indexes, and what the hedge says. */
  record Hedged(int start, int end, FigureQualifier qualifier) {}

  private record Phrase(String[] words, FigureQualifier qualifier) {
    Phrase(String words, FigureQualifier qualifier) {
      this(words.split(" "), qualifier);
    }
  }

  // Longest first, so "no more than" wins over "more than".
  private static final List<Phrase> BEFORE = List.of(
      new Phrase("no fewer than", FigureQualifier.AT_LEAST),
      new Phrase("no less than", FigureQualifier.AT_LEAST),
      new Phrase("a minimum of", FigureQualifier.AT_LEAST),
      new Phrase("no more than", FigureQualifier.AT_MOST),
      new Phrase("as many as", FigureQualifier.AT_MOST),
      new Phrase("as much as", FigureQualifier.AT_MOST),
      new Phrase("a maximum of", FigureQualifier.AT_MOST),
      new Phrase("just shy of", FigureQualifier.AT_MOST),
      new Phrase("in excess of", FigureQualifier.MORE_THAN),
      new Phrase("a little over", FigureQualifier.MORE_THAN),
      new Phrase("at least", FigureQualifier.AT_LEAST),
      new Phrase("more than", FigureQualifier.MORE_THAN),
      new Phrase("upwards of", FigureQualifier.MORE_THAN),
      new Phrase("well over", FigureQualifier.MORE_THAN),
      new Phrase("just over", FigureQualifier.MORE_THAN),
      new Phrase("less than", FigureQualifier.LESS_THAN),
      new Phrase("fewer than", FigureQualifier.LESS_THAN),
      new Phrase("just under", FigureQualifier.LESS_THAN),
      new Phrase("up to", FigureQualifier.AT_MOST),
      new Phrase("at most", FigureQualifier.AT_MOST),
      new Phrase("close to", FigureQualifier.AT_MOST),
      new Phrase("an estimated", FigureQualifier.ABOUT),
      new Phrase("over", FigureQualifier.MORE_THAN),
      new Phrase("above", FigureQualifier.MORE_THAN),
      new Phrase("under", FigureQualifier.LESS_THAN),
      new Phrase("below", FigureQualifier.LESS_THAN),
      new Phrase("nearly", FigureQualifier.AT_MOST),
      new Phrase("almost", FigureQualifier.AT_MOST),
      new Phrase("about", FigureQualifier.ABOUT),
      new Phrase("around", FigureQualifier.ABOUT),
      new Phrase("some", FigureQualifier.ABOUT),
      new Phrase("roughly", FigureQualifier.ABOUT),
      new Phrase("approximately", FigureQualifier.ABOUT),
      new Phrase("approx", FigureQualifier.ABOUT),
      new Phrase("circa", FigureQualifier.ABOUT),
      new Phrase("estimated", FigureQualifier.ABOUT),
      new Phrase("between", FigureQualifier.RANGE));

  /** Verbs after which "about"/"around" is a preposition ("talked about two options"). */
  private static final Set<String> ABOUT_VERBS = Set.of("talk", "speak", "think", "know", "worry", "ask", "care",
      "learn", "hear", "read", "write", "complain", "warn", "joke", "go", "move", "travel", "walk", "look", "wander");

  Hedged read(List<Token> toks, Quantity q) {
    int start = q.start();
    int end = q.end();
    FigureQualifier qualifier = null;
    for (Phrase p : BEFORE) {
      int from = q.start() - p.words().length;
      if (from < 0 || !matches(toks, from, p.words())) {
        continue;
      }
      if (p.qualifier() == FigureQualifier.RANGE && !q.isRange()) {
        continue;
      }
      String first = p.words()[0];
      if ((first.equals("about") || first.equals("around")) && from > 0
          && ABOUT_VERBS.contains(toks.get(from - 1).lemma())) {
        continue;
      }
      qualifier = p.qualifier();
      start = from;
      break;
    }
    String next = lower(toks, end);
    String after = lower(toks, end + 1);
    if (next.equals("or") && (after.equals("more") || after.equals("so"))) {
      if (qualifier == null) {
        qualifier = after.equals("more") ? FigureQualifier.AT_LEAST : FigureQualifier.ABOUT;
      }
      end += 2;
    } else if (next.equals("+") && q.end() == q.numberEnd()) {
      if (qualifier == null) {
        qualifier = FigureQualifier.AT_LEAST;
      }
      end += 1;
    }
    if (q.isRange()) {
      qualifier = FigureQualifier.RANGE;
    } else if (qualifier == null) {
      qualifier = q.vague() ? FigureQualifier.AT_LEAST
          : q.approximate() ? FigureQualifier.ABOUT : FigureQualifier.EXACT;
    }
    return new Hedged(start, end, qualifier);
  }

  private static boolean matches(List<Token> toks, int from, String[] words) {
    for (int k = 0; k < words.length; k++) {
      if (!toks.get(from + k).word().toLowerCase(Locale.ROOT).equals(words[k])) {
        return false;
      }
    }
    return true;
  }

  private static String lower(List<Token> toks, int i) {
    return i >= 0 && i < toks.size() ? toks.get(i).word().toLowerCase(Locale.ROOT) : "";
  }
}
