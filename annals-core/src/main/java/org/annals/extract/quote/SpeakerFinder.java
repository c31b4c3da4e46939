package org.annals.extract.quote;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.extract.quote.Attribution.How;
import org.annals.model.Span;

/**
 * Decides from the words around a quote who is credited with it. Patterns are tried from the
 * most to the least direct evidence; the first that yields a speaker phrase wins:
 *
 * <ol>
 *   <li>transcript: the quote opens with a speaker label ({@code "PENCE: Well, …"});
 *   <li>colon: a verb of saying introduces the quote through a colon ({@code X told reporters:
 *       "…"}), even when a tag follows the quote as well;
 *   <li>tag after, same sentence: {@code "…," X said}, {@code "…," said X}, {@code "…" X added},
 *       {@code "…," X, a lawyer, said}, {@code "…," according to X}, {@code "…" ― X}, and for a
 *       quote ending in a comma, ? or ! any finite verb ({@code "…," Trump barked}); a partial
 *       quote's sentence may go on before the tag ({@code "…" for criminal behavior, she said});
 *   <li>cue before, next to the quote: {@code X said "…"}, {@code X said in a statement that "…"},
 *       {@code According to X, "…"}, {@code X …, adding: "…"}, {@code Said X: "…"};
 *   <li>tag after, next sentence, when that sentence is the tag alone ({@code "We won." He said.});
 *   <li>colon without a verb of saying: a label ({@code Bush: "…"}) or the nearest verb's subject;
 *   <li>in the sentence: the nearest earlier verb of saying of the quote's sentence, for partial
 *       quotes in reported speech ({@code X said the deal was "a disaster."});
 *   <li>introduced: the quote opens its sentence and the previous one ends in a colon;
 *   <li>continued: no cue at all, and the last quote, in this or the previous paragraph with no
 *       other clause between, has a speaker: the conversation goes on (with the speaker of a tag
 *       between the two quotes, where there is one);
 *   <li>context: a previous sentence of the paragraph, or the last one of the paragraph before,
 *       reports someone's speech ({@code X said Y.} then the quote).
 * </ol>
 *
 * <p>A speaker phrase is the subject of the cue ({@link SpeakerPhrases}), or, for a participle or a
 * second conjunct ({@code "…, saying"}, {@code "laughed and said"}), the subject of the verb it
 * hangs on.
 */
final class SpeakerFinder {

  /** Tokens between a verb of saying and the quote it introduces: "told reporters on Monday:". */
  private static final int BEFORE_WINDOW = 12;

  private static final Set<String> SUBORDINATORS = Set.of("when", "as", "after", "before",
      "while", "because", "since", "though", "although", "if", "until", "once", "whereas");

  /** Verb forms that end a tagger's noun phrase in a tag ("the editorial/JJ read/NN"). */
  private static final Set<String> TAG_FORMS = Set.of("said", "says", "told", "tells", "wrote",
      "writes", "added", "adds", "asked", "asks", "read", "reads", "tweeted", "noted", "explained", "continued",
      "replied", "recalled", "argued", "insisted", "warned");

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
      a = colon(at, quote, previous);
    }
    if (a == null) {
      a = after(at, quote, next, false);
    }
    if (a == null) {
      a = before(at, quote, previous, true);
    }
    if (a == null) {
      a = after(at, quote, next, true);
    }
    if (a == null) {
      a = colonWithoutCue(at, quote, previous);
    }
    if (a == null) {
      a = before(at, quote, previous, false);
    }
    if (a == null) {
      a = introduced(at, quote, previous);
    }
    if (a == null && lastAttribution != null && lastQuote != null) {
      // The tag between the two quotes, where there is one, names who goes on speaking.
      Attribution between = after(at, lastQuote, quote, false);
      if (between == null) {
        between = after(at, lastQuote, quote, true);
      }
      if (continues(at, lastQuote, between != null ? between : lastAttribution, quote)) {
        a = new Attribution(between != null ? between.speaker() : lastAttribution.speaker(), null, How.CONTINUED);
      }
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

  /**
   * {@code "…," X said} and {@code "…," said X}, in the rest of the quote's sentence; with
   * {@code nextSentence}, in the sentence after a quote that ends its own, which must then be the
   * tag alone ({@code "We won." He said.}, not {@code "We won." He said the polls were wrong.}).
   */
  private static Attribution after(ArticleTokens at, QuotedPassage quote, QuotedPassage next, boolean nextSentence) {
    int first = at.tokenAtOrAfter(quote.end());
    if (first >= at.size()) {
      return null;
    }
    if (!at.sameParagraph(quote.end(), at.get(first).start())) {
      return nextSentence ? null : dashLine(at, first);
    }
    int lastInside = at.tokenEndingBy(quote.end());
    int sentence = at.sentenceOf(first);
    // A tail opening in lower case ("“You winning?” she said") goes on the quote's sentence,
    // whatever the sentence splitter made of the question mark.
    boolean crossing = lastInside >= 0 && at.sentenceOf(lastInside) != sentence
        && !Character.isLowerCase(at.word(first).charAt(0));
    if (crossing != nextSentence || lastInside >= 0 && at.sentenceOf(lastInside) + 1 < sentence) {
      return null;
    }
    int upper = at.sentenceEnd(sentence);
    int paragraphEnd = at.paragraphEnd(quote.end());
    while (upper > first && at.get(upper - 1).start() >= paragraphEnd) {
      upper--;
    }
    if (next != null) {
      int nextOpen = at.tokenAtOrAfter(next.start());
      if (crossing && nextOpen < upper) {
        // "He added, "…"" introduces the next quote, not this one.
        return null;
      }
      upper = Math.min(upper, nextOpen);
    }
    if (crossing && upper > first && at.word(upper - 1).equals(":")) {
      return null;
    }
    Attribution a = tag(at, quote, first, upper, !crossing);
    if (a != null && crossing) {
      int cueEnd = at.tokenAtOrAfter(Math.max(a.cue().end(), a.speaker().end()));
      if (clauseFollows(at, cueEnd, upper)) {
        return null;
      }
    }
    return a;
  }

  private static Attribution tag(ArticleTokens at, QuotedPassage quote, int first, int upper, boolean sameSentence) {
    int i = first;
    boolean dash = false;
    while (i < upper && isLeadIn(at.word(i))) {
      dash |= isDash(at.word(i));
      i++;
    }
    if (i >= upper) {
      return null;
    }
    // A quote ending in a comma, ? or ! wants a tag: any verb of the tail then counts as the cue.
    boolean wantsTag = sameSentence && endsWithTagPunctuation(at, quote);
    int cueEnd = SpeechCues.cueAt(at, i);
    if (cueEnd < 0 && wantsTag && isTagVerb(at, i)) {
      cueEnd = i + 1;
    }
    if (cueEnd > 0) {
      // "…," said X / "…," according to X / "…" added by X
      int from = cueEnd < upper && at.word(cueEnd).equalsIgnoreCase("by") ? cueEnd + 1 : cueEnd;
      long np = SpeakerPhrases.phraseStartingAt(at, from, upper);
      return np == SpeakerPhrases.NONE ? null : attribution(at, np, i, cueEnd, How.AFTER);
    }
    long np = SpeakerPhrases.phraseStartingAt(at, i, upper, true);
    if (np == SpeakerPhrases.NONE) {
      return sameSentence ? afterClause(at, i, upper) : null;
    }
    int npEnd = SpeakerPhrases.end(np);
    if (npEnd - i > 1 && TAG_FORMS.contains(at.word(npEnd - 1).toLowerCase(Locale.ROOT))) {
      // "“…,” the editorial read": the tagger took the verb for a noun.
      long shorter = SpeakerPhrases.phraseEndingAt(at, npEnd - 2, i);
      if (shorter != SpeakerPhrases.NONE) {
        return attribution(at, shorter, npEnd - 1, npEnd, How.AFTER);
      }
    }
    int k = skipParenthesis(at, npEnd, upper);
    if (dash && (k >= upper || isSentenceEnd(at.word(k)))) {
      // Listicle and epigraph style: "…" ― Pamela Padilla
      return new Attribution(span(at, SpeakerPhrases.first(np), SpeakerPhrases.end(np)), at.get(i - 1).span(),
          How.AFTER);
    }
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
    if (k < upper && end < 0 && wantsTag && isTagVerb(at, k)) {
      end = k + 1;
    }
    if (k < upper && end > 0 && !at.pos(k).equals("VBG")) {
      if (at.pos(k).equals("VBN") && end < upper && at.word(end).equalsIgnoreCase("by")) {
        // "“poison pill” measures added by Republicans": the passive's agent speaks.
        long agent = SpeakerPhrases.phraseStartingAt(at, end + 1, upper);
        return agent == SpeakerPhrases.NONE ? null : attribution(at, agent, k, end, How.AFTER);
      }
      return attribution(at, np, k, end, How.AFTER);
    }
    return sameSentence ? afterClause(at, i, upper) : null;
  }

  /** The next paragraph is a dash and a name, perhaps with a comment: "- Bernie Sanders." */
  private static Attribution dashLine(ArticleTokens at, int first) {
    if (!isDash(at.word(first))) {
      return null;
    }
    int paragraphEnd = at.paragraphEnd(at.get(first).start());
    int upper = first + 1;
    while (upper < at.size() && at.get(upper).start() < paragraphEnd) {
      upper++;
    }
    long np = SpeakerPhrases.phraseStartingAt(at, first + 1, upper);
    if (np == SpeakerPhrases.NONE) {
      return null;
    }
    int k = SpeakerPhrases.end(np);
    // "- Bernie Sanders." or "-President Obama, tweeting after Clinton's speech."
    if (k < upper && !(k == upper - 1 && isSentenceEnd(at.word(k))) && !at.word(k).equals(",")) {
      return null;
    }
    return new Attribution(span(at, SpeakerPhrases.first(np), k), at.get(first).span(), How.AFTER);
  }

  private static boolean endsWithTagPunctuation(ArticleTokens at, QuotedPassage quote) {
    for (int i = quote.end() - 1; i > quote.start(); i--) {
      char c = at.text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
      if (c == ',' || c == '?' || c == '!') {
        return true;
      }
    }
    return false;
  }

  /** A finite lexical verb: "barked", "agrees" (not "is", "has", "does"). */
  private static boolean isTagVerb(ArticleTokens at, int i) {
    String pos = at.pos(i);
    String lemma = at.lemma(i);
    return (pos.equals("VBD") || pos.equals("VBZ")) && !lemma.equals("be") && !lemma.equals("have")
        && !lemma.equals("do");
  }

  private static boolean hasFiniteVerb(ArticleTokens at, int from, int to) {
    for (int i = from; i < to; i++) {
      if (SpeechCues.isFiniteVerb(at, i) && !at.quoted(i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A partial quote whose sentence goes on before its tag: {@code "…" for criminal behavior, she
   * said.} / {@code "…" that Sanders can catch Clinton, said X.} The tag is a comma, then a
   * subject and a verb of saying (or the verb and the subject), and the sentence says nothing
   * more after it but adjuncts.
   */
  private static Attribution afterClause(ArticleTokens at, int from, int upper) {
    for (int c = from; c < upper; c++) {
      if (!at.word(c).equals(",") || c + 1 >= upper) {
        continue;
      }
      int end = SpeechCues.cueAt(at, c + 1);
      if (end > 0 && SpeechCues.isFiniteVerb(at, c + 1)) {
        long np = SpeakerPhrases.phraseStartingAt(at, end, upper);
        if (np != SpeakerPhrases.NONE && !clauseFollows(at, SpeakerPhrases.end(np), upper)) {
          return attribution(at, np, c + 1, end, How.IN_SENTENCE);
        }
        continue;
      }
      long np = SpeakerPhrases.phraseStartingAt(at, c + 1, upper, true);
      if (np == SpeakerPhrases.NONE) {
        continue;
      }
      int k = skipParenthesis(at, SpeakerPhrases.end(np), upper);
      while (k < upper && SpeechCues.isAdverbOrAuxiliary(at, k)) {
        k++;
      }
      end = SpeechCues.cueAt(at, k);
      if (k < upper && end > 0 && SpeechCues.isFiniteVerb(at, k) && !clauseFollows(at, end, upper)) {
        return attribution(at, np, k, end, How.IN_SENTENCE);
      }
    }
    return null;
  }

  /**
   * Whether a clause of its own follows a tag: a finite verb before any comma, subordinator or
   * relative pronoun ("he said the polls were wrong", not "he said, when asked" or "he said as
   * he left").
   */
  private static boolean clauseFollows(ArticleTokens at, int from, int upper) {
    for (int i = from; i < upper; i++) {
      String w = at.word(i);
      String pos = at.pos(i);
      if (w.equals(",") || w.equals(":") || w.equals(";") || w.equals("—") || w.equals("--") || pos.startsWith("W")
          || pos.equals("IN") && SUBORDINATORS.contains(w.toLowerCase(Locale.ROOT)) || at.quoted(i)) {
        return false;
      }
      if (SpeechCues.isFiniteVerb(at, i)) {
        return true;
      }
    }
    return false;
  }

  /** Past a parenthesis right after a name: "Rep. John Mica (R-Fla.)". */
  private static int skipParenthesis(ArticleTokens at, int k, int upper) {
    if (k < upper && (at.word(k).equals("(") || at.pos(k).equals("-LRB-"))) {
      for (int j = k + 1; j < upper && j <= k + 8; j++) {
        if (at.word(j).equals(")") || at.pos(j).equals("-RRB-")) {
          return j + 1;
        }
      }
    }
    return k;
  }

  /**
   * A verb of saying before the quote, in its sentence. With {@code adjacent}, only a cue close
   * to the quote with no other verb between ({@code X said: "…"}, {@code X told reporters on
   * Monday "…"}); otherwise the nearest cue anywhere earlier in the sentence ({@code X said the
   * deal was "a disaster."}), or failing that any verb right before a quote of four words or more
   * ({@code Trump attacked "the hateful ideology of …"}).
   */
  private static Attribution before(ArticleTokens at, QuotedPassage quote, QuotedPassage previous, boolean adjacent) {
    int open = at.tokenCovering(quote.start());
    if (open >= at.size()) {
      return null;
    }
    int sentence = at.sentenceOf(open);
    // A cue further back in the sentence governs every quote after it, earlier quotes included:
    // X said Ukraine was "ready" to "scale up protection", including by "purchasing …".
    int lower = adjacent ? lowerBound(at, sentence, quote, previous) : lowerBound(at, sentence, quote, null);
    int limit = adjacent ? Math.max(lower, open - BEFORE_WINDOW) : lower;
    for (int i = open - 1; i >= limit; i--) {
      if (adjacent && at.quoteMark(i)) {
        return null;
      }
      if (at.quoted(i)) {
        continue;
      }
      int cueEnd = SpeechCues.cueAt(at, i);
      if (cueEnd > 0 && !negated(at, i, lower)) {
        Attribution a = credit(at, i, cueEnd, lower, open, adjacent ? How.BEFORE : How.IN_SENTENCE);
        if (a != null) {
          return a;
        }
      }
      if (adjacent && at.pos(i).startsWith("VB") && !at.pos(i).equals("VBN")) {
        return null;
      }
    }
    if (!adjacent) {
      int v = open - 1;
      while (v >= lower && (at.word(v).equals(":") || at.word(v).equals(","))) {
        v--;
      }
      if (v >= lower && SpeechCues.isFiniteVerb(at, v) && !at.pos(v).equals("MD") && longEnough(at, quote)) {
        return credit(at, v, v + 1, lower, open, How.IN_SENTENCE);
      }
    }
    return null;
  }

  /**
   * A quote right after a colon is introduced by its sentence ({@code X told reporters: "…"}):
   * the cue before the colon wins even over a tag after the quote.
   */
  private static Attribution colon(ArticleTokens at, QuotedPassage quote, QuotedPassage previous) {
    int open = at.tokenCovering(quote.start());
    if (open <= 0 || open >= at.size() || !at.word(open - 1).equals(":")) {
      return null;
    }
    return before(at, quote, previous, true);
  }

  /**
   * A colon with no verb of saying before it: a speaker label ({@code Bush: "…"}, {@code … -
   * Philip Bump: "…"}) names the speaker; otherwise the subject of the nearest verb
   * ({@code Perez lobbies for a higher minimum wage: "…"}).
   */
  private static Attribution colonWithoutCue(ArticleTokens at, QuotedPassage quote, QuotedPassage previous) {
    int open = at.tokenCovering(quote.start());
    if (open <= 1 || open >= at.size() || !at.word(open - 1).equals(":")) {
      return null;
    }
    int lower = lowerBound(at, at.sentenceOf(open), quote, previous);
    long label = SpeakerPhrases.phraseEndingAt(at, open - 2, lower);
    if (label != SpeakerPhrases.NONE) {
      int first = SpeakerPhrases.first(label);
      boolean labelOnly = first == lower || isDash(at.word(first - 1)) || at.word(first - 1).equals(".");
      boolean named = false;
      for (int t = first; t < SpeakerPhrases.end(label); t++) {
        named |= at.isName(t);
      }
      if (labelOnly || named && !hasFiniteVerb(at, lower, first)) {
        return new Attribution(span(at, first, SpeakerPhrases.end(label)), null, How.BEFORE);
      }
      if (named) {
        // "… doesn't surprise Republican pollster Daron Shaw:" — a name ending the sentence is its voice.
        return new Attribution(span(at, first, SpeakerPhrases.end(label)), null, How.INTRODUCED);
      }
    }
    for (int v = open - 2; v >= lower && v >= open - BEFORE_WINDOW; v--) {
      if (at.quoteMark(v)) {
        return null;
      }
      if (SpeechCues.isFiniteVerb(at, v) && !at.pos(v).equals("MD")) {
        return credit(at, v, v + 1, lower, open, How.INTRODUCED);
      }
    }
    return null;
  }

  private static boolean longEnough(ArticleTokens at, QuotedPassage quote) {
    int words = 0;
    for (int t = at.tokenAtOrAfter(quote.start()); t < at.size() && at.get(t).end() <= quote.end(); t++) {
      if (Character.isLetterOrDigit(at.word(t).charAt(0))) {
        words++;
      }
    }
    return words >= 4;
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

  /**
   * The sentence before reports someone's words ("X said Y." then the quote): one of the two
   * previous sentences of the paragraph, or, for a quote opening its paragraph, the last sentence
   * of the paragraph before.
   */
  private static Attribution context(ArticleTokens at, QuotedPassage quote, QuotedPassage previous) {
    int open = at.tokenCovering(quote.start());
    if (open >= at.size()) {
      return null;
    }
    int sentence = at.sentenceOf(open);
    int paragraphStart = at.paragraphStart(quote.start());
    boolean opensParagraph = at.text.substring(paragraphStart, quote.start()).isBlank();
    for (int s = sentence - 1; s >= 0 && s >= sentence - 2; s--) {
      int first = at.sentenceFirst(s);
      if (at.get(first).start() < paragraphStart) {
        boolean previousParagraph = opensParagraph && s == sentence - 1
            && at.paragraphStart(at.get(first).start()) == at.paragraphStart(Math.max(0, paragraphStart - 2));
        if (!previousParagraph) {
          return null;
        }
      }
      int upper = at.sentenceEnd(s);
      for (int i = first; i < upper; i++) {
        if (at.quoted(i)) {
          continue;
        }
        int cueEnd = SpeechCues.cueAt(at, i);
        if (cueEnd > 0 && !at.pos(i).equals("VBG") && !at.pos(i).equals("VBN")) {
          Attribution a = credit(at, i, cueEnd, first, upper, How.CONTEXT);
          if (a != null) {
            return a;
          }
        }
      }
      if (at.get(first).start() < paragraphStart) {
        return null;
      }
    }
    return null;
  }

  /**
   * Credits the speaker of the cue at {@code cue}: "according to X"; the cue's subject; for a
   * participle or infinitive ("…, saying", "went on to say") or a verb whose subject is out of
   * reach ("X claimed … and concluded"), the subject of the sentence; for an inverted tag at the
   * start ("Said Ellis:"), the phrase after the verb.
   */
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
        np = hostSubject(at, cue);
      }
    }
    if (np == SpeakerPhrases.NONE) {
      np = SpeakerPhrases.subjectBefore(at, cue, lower);
    }
    if (np == SpeakerPhrases.NONE && !hasWordBetween(at, lower, cue)) {
      np = SpeakerPhrases.phraseStartingAt(at, cueEnd, upper);
    }
    if (np == SpeakerPhrases.NONE && cue - 1 >= 0 && at.pos(cue - 1).equals("CC")) {
      np = hostSubject(at, cue - 1);
    }
    return np == SpeakerPhrases.NONE ? null : attribution(at, np, cue, cueEnd, how);
  }

  /**
   * The subject of the clause a participle, an infinitive or a second conjunct hangs on ("Nefzi
   * said, adding", "I laughed and said", "PolitiFact claimed "…" and concluded"): that of the
   * nearest earlier verb of saying in the sentence, else of the nearest finite verb, outside quotes.
   */
  private static long hostSubject(ArticleTokens at, int token) {
    int first = at.sentenceFirst(at.sentenceOf(token));
    int nearest = -1;
    for (int v = token - 1; v >= first; v--) {
      if (at.quoted(v) || !SpeechCues.isFiniteVerb(at, v) || at.pos(v).equals("MD")) {
        continue;
      }
      if (SpeechCues.isCue(at, v)) {
        nearest = v;
        break;
      }
      if (nearest < 0) {
        nearest = v;
      }
    }
    if (nearest < 0) {
      return SpeakerPhrases.NONE;
    }
    long np = SpeakerPhrases.subjectBefore(at, nearest, first);
    if (np == SpeakerPhrases.NONE && nearest - 1 >= first && at.pos(nearest - 1).equals("CC")) {
      return hostSubject(at, nearest - 1);
    }
    return np;
  }

  private static boolean hasWordBetween(ArticleTokens at, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(at.word(i).charAt(0))) {
        return true;
      }
    }
    return false;
  }

  private static boolean negated(ArticleTokens at, int cue, int lower) {
    for (int i = cue - 1; i >= lower && i >= cue - 3; i--) {
      String w = at.word(i).toLowerCase(Locale.ROOT);
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
   * Whether {@code quote} carries on {@code previous} (a quote with no cue of its own). It does
   * when both sit in one sentence ({@code X claimed "A" … through "B"}), or when at most one
   * paragraph break and no other clause lie between them once the previous quote's own tag is
   * passed ({@code "A," said X, head of Y. "B."}).
   */
  private static boolean continues(ArticleTokens at, QuotedPassage previous, Attribution previousAttribution,
      QuotedPassage quote) {
    int open = at.tokenCovering(quote.start());
    int previousLast = at.tokenEndingBy(previous.end());
    if (open >= at.size() || previousLast < 0) {
      return false;
    }
    if (at.sentenceOf(open) == at.sentenceOf(previousLast)) {
      return true;
    }
    int breaks = 0;
    boolean lastWasBreak = false;
    for (int i = previous.end(); i < quote.start(); i++) {
      char c = at.text.charAt(i);
      if (c == '\n') {
        if (!lastWasBreak) {
          breaks++;
        }
        lastWasBreak = true;
      } else if (!Character.isWhitespace(c)) {
        lastWasBreak = false;
      }
    }
    if (breaks > 1) {
      return false;
    }
    Span cue = previousAttribution.cue();
    int from = previousLast + 1;
    if (cue != null && cue.start() >= previous.end() && cue.start() < quote.start()) {
      // The tag's whole sentence belongs to it: "said Mike Purdy, a historian who runs a website."
      int cueToken = at.tokenAtOrAfter(cue.start());
      from = Math.min(open, Math.max(at.tokenAtOrAfter(cue.end()), at.sentenceEnd(at.sentenceOf(cueToken))));
    }
    boolean relative = false;
    for (int k = from; k < open; k++) {
      String pos = at.pos(k);
      if (pos.equals("WP") || pos.equals("WDT")) {
        // "said Tim Hess, a developer, who introduced him to bankers." belongs to the tag.
        relative = true;
      } else if (at.word(k).equals(",") || isSentenceEnd(at.word(k))) {
        relative = false;
      } else if (!relative && SpeechCues.isFiniteVerb(at, k)) {
        return false;
      }
    }
    // Without a tag between them, nothing but punctuation may separate the two quotes.
    return from != previousLast + 1 || !hasWordBetween(at, from, open);
  }

  private static boolean isLeadIn(String w) {
    return w.equals(",") || isDash(w) || w.equals(":") || w.equalsIgnoreCase("as");
  }

  private static boolean isDash(String w) {
    return w.equals("—") || w.equals("–") || w.equals("―") || w.equals("-") || w.equals("--");
  }

  private static boolean isSentenceEnd(String w) {
    return w.equals(".") || w.equals("!") || w.equals("?");
  }

  private static Span span(ArticleTokens at, int first, int end) {
    return new Span(at.get(first).start(), at.get(end - 1).end());
  }

  private static Attribution attribution(ArticleTokens at, long np, int cue, int cueEnd, How how) {
    int first = SpeakerPhrases.first(np);
    int end = SpeakerPhrases.end(np);
    Span speaker = new Span(at.get(first).start(), at.get(end - 1).end());
    Span cueSpan = new Span(at.get(cue).start(), at.get(cueEnd - 1).end());
    return new Attribution(speaker, cueSpan, how);
  }
}
