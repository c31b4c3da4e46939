package org.annals.extract.quote;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.extract.quote.Attribution.How;
import org.annals.model.Span;

/**
 * Decides from the words around a quote who is credited with it. Patterns are tried from the
 * most to the least direct evidence:
 *
 * <ol>
 *   <li>transcript: the quote opens with a speaker label ({@code "PENCE: Well, …"});
 *   <li>cue after: {@code "…," X said}, {@code "…," said X}, {@code "…" X added},
 *       {@code "…," X, a lawyer, said}, {@code "…," according to X} (also when the quote ends its
 *       sentence and the next one is {@code He said.});
 *   <li>cue before: {@code X said: "…"}, {@code X told reporters "…"}, {@code X said in a statement
 *       that "…"}, {@code According to X, "…"}, {@code X …, adding: "…"};
 *   <li>in the sentence: a partial quote in reported speech, credited to the subject of the
 *       nearest earlier verb of saying ({@code X said the deal was "a disaster."});
 *   <li>introduced: the quote opens its sentence and the previous one ends in a colon
 *       ({@code X said: ¶ "…"});
 *   <li>continued: no cue at all, and the previous quote of this or the previous paragraph has
 *       a speaker: the conversation goes on;
 *   <li>context: the previous sentence of the paragraph reports someone's speech.
 * </ol>
 */
final class SpeakerFinder {

  /** Tokens between a verb of saying and the quote it introduces: "told reporters on Monday:". */
  private static final int BEFORE_WINDOW = 12;

  private static final Pattern TRANSCRIPT_LABEL =
      Pattern.compile("^[\"“`']*\\s*([A-Z][A-Z.'\\-]+(?: [A-Z][A-Z.'\\-]+){0,3}):");

  private SpeakerFinder() {}

  /**
   * @param previous the quoted passage before this one, or null
   * @param next the quoted passage after this one, or null
   * @param lastQuote the last passage kept as a quote, or null
   * @param lastAttribution who {@code lastQuote} was credited to, or null
   */
  static Attribution find(ArticleTokens at, QuotedPassage quote, QuotedPassage previous, QuotedPassage next,
      QuotedPassage lastQuote, Attribution lastAttribution) {
    Attribution a = transcript(at, quote);
    if (a == null) {
      a = after(at, quote, next);
    }
    if (a == null) {
      a = before(at, quote, previous, true);
    }
    if (a == null) {
      a = before(at, quote, previous, false);
    }
    if (a == null) {
      a = introduced(at, quote, previous);
    }
    if (a == null && lastAttribution != null && lastQuote != null && continues(at, lastQuote, lastAttribution, quote)) {
      a = new Attribution(lastAttribution.speaker(), null, How.CONTINUED);
    }
    if (a == null) {
      a = context(at, quote, previous);
    }
    return a;
  }

  private static Attribution transcript(ArticleTokens at, QuotedPassage quote) {
    String inside = at.text.substring(quote.start(), Math.min(quote.end(), quote.start() + 60));
    Matcher m = TRANSCRIPT_LABEL.matcher(inside);
    if (!m.find() || m.group(1).length() < 2) {
      return null;
    }
    int s = quote.start() + m.start(1);
    return new Attribution(new Span(s, quote.start() + m.end(1)), null, How.TRANSCRIPT);
  }

  /** {@code "…," X said} and {@code "…," said X}, in the rest of the quote's sentence. */
  private static Attribution after(ArticleTokens at, QuotedPassage quote, QuotedPassage next) {
    int first = at.tokenAtOrAfter(quote.end());
    if (first >= at.size() || !at.sameParagraph(quote.end(), at.get(first).start())) {
      return null;
    }
    int lastInside = at.tokenEndingBy(quote.end());
    int sentence = at.sentenceOf(first);
    if (lastInside >= 0 && at.sentenceOf(lastInside) != sentence && at.sentenceOf(lastInside) + 1 != sentence) {
      return null;
    }
    int upper = at.sentenceEnd(sentence);
    if (next != null) {
      upper = Math.min(upper, at.tokenAtOrAfter(next.start()));
    }
    int paragraphEnd = at.paragraphEnd(quote.end());
    while (upper > first && at.get(upper - 1).start() >= paragraphEnd) {
      upper--;
    }
    int i = first;
    while (i < upper && isLeadIn(at.word(i))) {
      i++;
    }
    if (i >= upper) {
      return null;
    }
    int cueEnd = SpeechCues.cueAt(at, i);
    if (cueEnd > 0) {
      // "…," said X / "…," according to X
      long np = SpeakerPhrases.phraseStartingAt(at, cueEnd, upper);
      return np == SpeakerPhrases.NONE ? null : attribution(at, np, i, cueEnd, How.AFTER);
    }
    long np = SpeakerPhrases.phraseStartingAt(at, i, upper);
    if (np == SpeakerPhrases.NONE) {
      return null;
    }
    int k = SpeakerPhrases.end(np);
    if (k < upper && at.word(k).equals(",")) {
      // "…," X, a lawyer for the family, said
      for (int c = k + 1; c < upper && c <= k + 30; c++) {
        if (at.word(c).equals(",")) {
          int v = c + 1;
          while (v < upper && SpeechCues.isAdverbOrAuxiliary(at, v)) {
            v++;
          }
          int end = SpeechCues.cueAt(at, v);
          if (v < upper && end > 0) {
            return attribution(at, np, v, end, How.AFTER);
          }
        }
      }
      return null;
    }
    while (k < upper && SpeechCues.isAdverbOrAuxiliary(at, k)) {
      k++;
    }
    int end = SpeechCues.cueAt(at, k);
    if (k < upper && end > 0 && !at.pos(k).equals("VBG")) {
      return attribution(at, np, k, end, How.AFTER);
    }
    return null;
  }

  /**
   * A verb of saying before the quote, in its sentence. With {@code adjacent}, only a cue close
   * to the quote with no other clause between ({@code X said: "…"}); otherwise the nearest cue
   * anywhere earlier in the sentence ({@code X said the deal was "a disaster."}).
   */
  private static Attribution before(ArticleTokens at, QuotedPassage quote, QuotedPassage previous, boolean adjacent) {
    int open = at.tokenCovering(quote.start());
    if (open >= at.size()) {
      return null;
    }
    int sentence = at.sentenceOf(open);
    int lower = lowerBound(at, sentence, quote, previous);
    int limit = adjacent ? Math.max(lower, open - BEFORE_WINDOW) : lower;
    for (int i = open - 1; i >= limit; i--) {
      if (SpeakerPhrases.isQuoteMark(at.word(i)) && adjacent) {
        return null;
      }
      int cueEnd = SpeechCues.cueAt(at, i);
      if (cueEnd > 0 && !negated(at, i, lower)) {
        Attribution a = credit(at, i, cueEnd, lower, open, adjacent ? How.BEFORE : How.IN_SENTENCE);
        if (a != null) {
          return a;
        }
      }
      if (adjacent && SpeechCues.isFiniteVerb(at, i)) {
        return null;
      }
    }
    return null;
  }

  /** The previous sentence ends with a colon and introduces the quote. */
  private static Attribution introduced(ArticleTokens at, QuotedPassage quote, QuotedPassage previous) {
    int open = at.tokenCovering(quote.start());
    if (open >= at.size()) {
      return null;
    }
    int sentence = at.sentenceOf(open);
    // The quote must open its sentence (nothing but punctuation before it).
    for (int i = at.sentenceFirst(sentence); i < open; i++) {
      if (Character.isLetterOrDigit(at.word(i).charAt(0))) {
        return null;
      }
    }
    if (sentence == 0) {
      return null;
    }
    int prevSentence = sentence - 1;
    int last = at.sentenceEnd(prevSentence) - 1;
    if (!at.word(last).equals(":")) {
      return null;
    }
    int lower = at.sentenceFirst(prevSentence);
    if (previous != null && previous.end() > at.get(lower).start()) {
      lower = at.tokenAtOrAfter(previous.end());
    }
    for (int i = last - 1; i >= lower; i--) {
      int cueEnd = SpeechCues.cueAt(at, i);
      if (cueEnd > 0) {
        Attribution a = credit(at, i, cueEnd, lower, last, How.INTRODUCED);
        if (a != null) {
          return a;
        }
      }
    }
    return null;
  }

  /** The previous sentence of the paragraph reports someone's words: "X said Y." then the quote. */
  private static Attribution context(ArticleTokens at, QuotedPassage quote, QuotedPassage previous) {
    int open = at.tokenCovering(quote.start());
    if (open >= at.size()) {
      return null;
    }
    int sentence = at.sentenceOf(open);
    int paragraphStart = at.paragraphStart(quote.start());
    for (int s = sentence - 1; s >= 0 && s >= sentence - 2; s--) {
      int first = at.sentenceFirst(s);
      if (at.get(first).start() < paragraphStart) {
        return null;
      }
      int lower = first;
      int upper = at.sentenceEnd(s);
      for (int i = lower; i < upper; i++) {
        if (previous != null && at.get(i).start() >= previous.start() && at.get(i).end() <= previous.end()) {
          continue;
        }
        int cueEnd = SpeechCues.cueAt(at, i);
        if (cueEnd > 0 && !at.pos(i).equals("VBG") && !at.pos(i).equals("VBN")) {
          Attribution a = credit(at, i, cueEnd, lower, upper, How.CONTEXT);
          if (a != null) {
            return a;
          }
        }
      }
    }
    return null;
  }

  /** Credits the speaker of the cue at {@code cue}: "according to X", or the cue's subject. */
  private static Attribution credit(ArticleTokens at, int cue, int cueEnd, int lower, int upper, How how) {
    if (at.word(cue).equalsIgnoreCase("according")) {
      long np = SpeakerPhrases.phraseStartingAt(at, cueEnd, upper);
      return np == SpeakerPhrases.NONE ? null : attribution(at, np, cue, cueEnd, how);
    }
    long np = SpeakerPhrases.NONE;
    boolean participle = at.pos(cue).equals("VBG") || (cue - 1 >= lower && at.word(cue - 1).equalsIgnoreCase("to"));
    if (participle) {
      int before = cue - 1;
      while (before >= lower && SpeechCues.isAdverbOrAuxiliary(at, before)) {
        before--;
      }
      boolean subjectless = before < lower || !at.pos(before).startsWith("NN") && !at.pos(before).equals("PRP");
      if (subjectless) {
        // "…, saying", "as saying", "went on to say": the speaker is the clause's subject.
        int sentenceStart = at.sentenceFirst(at.sentenceOf(cue));
        int from = Math.min(lower, Math.max(sentenceStart, lower));
        for (int v = from; v < cue; v++) {
          if (SpeechCues.isFiniteVerb(at, v)) {
            np = SpeakerPhrases.subjectBefore(at, v, from);
            break;
          }
        }
      }
    }
    if (np == SpeakerPhrases.NONE) {
      np = SpeakerPhrases.subjectBefore(at, cue, lower);
    }
    return np == SpeakerPhrases.NONE ? null : attribution(at, np, cue, cueEnd, how);
  }

  private static boolean negated(ArticleTokens at, int cue, int lower) {
    for (int i = cue - 1; i >= lower && i >= cue - 3; i--) {
      String w = at.word(i).toLowerCase(java.util.Locale.ROOT);
      if (w.equals("not") || w.equals("n't") || w.equals("never") || w.equals("declined") || w.equals("refused")) {
        return true;
      }
    }
    return false;
  }

  /** The first token of the quote's sentence that may belong to its frame: after any earlier quote. */
  private static int lowerBound(ArticleTokens at, int sentence, QuotedPassage quote, QuotedPassage previous) {
    int lower = at.sentenceFirst(sentence);
    if (previous != null && previous.end() > at.get(lower).start()) {
      lower = at.tokenAtOrAfter(previous.end());
    }
    int paragraphStart = at.paragraphStart(quote.start());
    if (at.get(lower).start() < paragraphStart) {
      lower = at.tokenAtOrAfter(paragraphStart);
    }
    return lower;
  }

  /**
   * Whether {@code quote} carries on {@code previous}: nothing but punctuation and at most one
   * paragraph break between them, once the previous quote's own tag ("…," she said.) is passed.
   */
  private static boolean continues(ArticleTokens at, QuotedPassage previous, Attribution previousAttribution,
      QuotedPassage quote) {
    int gapStart = previous.end();
    Span cue = previousAttribution.cue();
    if (cue != null && cue.start() >= previous.end() && cue.start() < quote.start()) {
      int t = at.tokenCovering(cue.start());
      int s = at.sentenceOf(t);
      gapStart = Math.min(quote.start(), Math.max(gapStart, at.get(at.sentenceEnd(s) - 1).end()));
    }
    int breaks = 0;
    boolean lastWasBreak = false;
    for (int i = gapStart; i < quote.start(); i++) {
      char c = at.text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
      if (c == '\n') {
        if (!lastWasBreak) {
          breaks++;
        }
        lastWasBreak = true;
      } else if (!Character.isWhitespace(c)) {
        lastWasBreak = false;
      }
    }
    return breaks <= 1;
  }

  private static boolean isLeadIn(String w) {
    return w.equals(",") || w.equals("—") || w.equals("–") || w.equals("-") || w.equals("--") || w.equals(":")
        || w.equalsIgnoreCase("as");
  }

  private static Attribution attribution(ArticleTokens at, long np, int cue, int cueEnd, How how) {
    int first = SpeakerPhrases.first(np);
    int end = SpeakerPhrases.end(np);
    Span speaker = new Span(at.get(first).start(), at.get(end - 1).end());
    Span cueSpan = new Span(at.get(cue).start(), at.get(cueEnd - 1).end());
    return new Attribution(speaker, cueSpan, how);
  }
}
