package org.annals.extract.quote;

import java.util.Locale;
import java.util.Set;

/**
 * Reads the noun phrase that names a speaker next to a verb of saying: "Rubio", "he", "the
 * ministry", "a Ukrainian intelligence official", "Secretary of State John Kerry", "Clinton's
 * campaign manager". Works on part-of-speech tags alone: no parser.
 *
 * <p>Phrases are token ranges {@code [first, end)} packed into a long (see {@link #range}).
 */
final class SpeakerPhrases {

  /** Prepositions that may join a speaker's head to its modifier ("a spokesman for the campaign"). */
  private static final Set<String> JOINING = Set.of("of", "for", "at", "with", "from", "in", "on");

  private static final int MAX_TOKENS = 14;

  /** Determiners that stand for a noun phrase of their own: "some chanted", "another wrote". */
  private static final Set<String> STANDALONE_DETERMINERS = Set.of("some", "another", "others", "many", "both",
      "several", "all", "few", "most", "one");

  private SpeakerPhrases() {}

  static long range(int first, int end) {
    return ((long) first << 32) | (end & 0xffffffffL);
  }

  static int first(long range) {
    return (int) (range >>> 32);
  }

  static int end(long range) {
    return (int) range;
  }

  static final long NONE = -1L;

  /**
   * The subject of the verb at token {@code verb}: the noun phrase right before it, over adverbs
   * and auxiliaries ("he later said", "Mr. Obama has said"), over an appositive or relative clause
   * set off by commas ("Smith, a lawyer, said"; "Smith, who …, said"). Never reaches before {@code lower}.
   */
  static long subjectBefore(ArticleTokens at, int verb, int lower) {
    int j = verb - 1;
    while (j >= lower && SpeechCues.isAdverbOrAuxiliary(at, j)) {
      j--;
    }
    if (j < lower) {
      return NONE;
    }
    if (isDash(at.word(j))) {
      // "John Dickey, the chief executive of Ora Media -- the production company … -- told me"
      int dash = previous(at, j, lower, at.word(j), 40);
      if (dash < 0) {
        return NONE;
      }
      j = dash - 1;
    }
    if (j >= lower && at.word(j).equals(",")) {
      int comma = previous(at, j, lower, ",", 30);
      if (comma < 0) {
        return NONE;
      }
      j = comma - 1;
    }
    if (j >= lower && isRelativePronoun(at, j)) {
      j--;
      if (j >= lower && at.word(j).equals(",")) {
        j--;
      }
    }
    return phraseEndingAt(at, j, lower);
  }

  /** The nearest earlier token {@code word} within {@code reach} tokens, not across a quote mark; -1 if none. */
  private static int previous(ArticleTokens at, int from, int lower, String word, int reach) {
    for (int k = from - 1; k >= lower && k >= from - reach; k--) {
      if (at.word(k).equals(word)) {
        return k;
      }
      if (at.quoteMark(k)) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isDash(String w) {
    return w.equals("--") || w.equals("—") || w.equals("–");
  }

  /** The noun phrase whose last token is {@code last}, read leftwards, not before {@code lower}. */
  static long phraseEndingAt(ArticleTokens at, int last, int lower) {
    if (last >= lower && (at.word(last).equals(")") || at.pos(last).equals("-RRB-"))) {
      // "Rep. John Mica (R-Fla.)": the name is before the parenthesis.
      int open = last - 1;
      while (open >= lower && open >= last - 8 && !at.word(open).equals("(") && !at.pos(open).equals("-LRB-")) {
        open--;
      }
      if (open >= lower && open >= last - 8) {
        long inner = phraseEndingAt(at, open - 1, lower);
        return inner == NONE ? NONE : range(first(inner), last + 1);
      }
      return NONE;
    }
    if (last < lower || !isHeadToken(at, last)) {
      return NONE;
    }
    if (pos(at, last).equals("PRP")) {
      // A pronoun takes no modifiers: "… in Orlando he tweeted" is "he".
      return range(last, last + 1);
    }
    int first = last;
    int depth = 0;
    while (first - 1 >= lower && last - first + 1 < MAX_TOKENS) {
      int k = first - 1;
      String w = at.word(k);
      String pos = pos(at, k);
      if (w.equals(")") || pos.equals("-RRB-")) {
        depth++;
        first = k;
        continue;
      }
      if (w.equals("(") || pos.equals("-LRB-")) {
        if (depth == 0) {
          break;
        }
        depth--;
        first = k;
        continue;
      }
      if (depth > 0) {
        first = k;
        continue;
      }
      if (isNominal(pos) || isModifier(pos)) {
        first = k;
        continue;
      }
      if ((pos.equals("VBN") || pos.equals("VBG")) && isNominalOrAdj(pos(at, first)) && k - 1 >= lower
          && (isModifier(pos(at, k - 1)) || pos(at, k - 1).equals("DT"))) {
        first = k;
        continue;
      }
      if (pos.equals("CC") && w.equalsIgnoreCase("and") && pos(at, first).startsWith("NNP") && k - 1 >= lower
          && pos(at, k - 1).startsWith("NNP")) {
        first = k;
        continue;
      }
      if (pos.equals("IN") && joins(at, k, lower)) {
        first = k;
        continue;
      }
      break;
    }
    while (first < last && !startsPhrase(at, first)) {
      first++;
    }
    if (depth != 0 || !hasHead(at, first, last + 1)) {
      return NONE;
    }
    return range(first, last + 1);
  }

  /**
   * The noun phrase starting at token {@code from}, read rightwards up to {@code upper}: the
   * speaker after an inverted verb ("said Rubio") or after "according to". Stops before an
   * apposition's comma and before a parenthesis ("Rep. X (D-N.C.)" keeps "Rep. X").
   */
  static long phraseStartingAt(ArticleTokens at, int from, int upper) {
    return phraseStartingAt(at, from, upper, false);
  }

  /**
   * As {@link #phraseStartingAt(ArticleTokens, int, int)}; with {@code joined}, a common noun may
   * take a prepositional modifier ("a narrator in the Clinton ad"), for a phrase that must be
   * followed by its verb.
   */
  static long phraseStartingAt(ArticleTokens at, int from, int upper, boolean joined) {
    if (from >= upper || !startsPhrase(at, from)) {
      return NONE;
    }
    if (pos(at, from).equals("PRP")) {
      return isHeadToken(at, from) ? range(from, from + 1) : NONE;
    }
    int end = from;
    while (end < upper && end - from < MAX_TOKENS) {
      String w = at.word(end);
      String pos = pos(at, end);
      if (isNominal(pos) || isModifier(pos)) {
        end++;
        continue;
      }
      if ((pos.equals("VBN") || pos.equals("VBG")) && end > from && isModifier(pos(at, end - 1)) && end + 1 < upper
          && isNominalOrAdj(pos(at, end + 1))) {
        end++;
        continue;
      }
      boolean nextNominal = end + 1 < upper && (isNominal(pos(at, end + 1)) || isModifier(pos(at, end + 1)));
      if (pos.equals("IN") && end > from && nextNominal && (w.equalsIgnoreCase("of") && isNominal(pos(at, end - 1))
          || joined && JOINING.contains(w.toLowerCase(Locale.ROOT))
          && (pos(at, end - 1).equals("NN") || pos(at, end - 1).equals("NNS")))) {
        end++;
        continue;
      }
      if ((pos.equals("CC") && w.equalsIgnoreCase("and") || pos.equals("SYM")) && end > from
          && pos(at, end - 1).startsWith("NNP") && end + 1 < upper && pos(at, end + 1).startsWith("NNP")) {
        end++;
        continue;
      }
      break;
    }
    // A phrase ends on its head: drop trailing determiners, possessive marks and modifiers.
    while (end > from && !isHeadToken(at, end - 1)) {
      end--;
    }
    if (end <= from || !hasHead(at, from, end)) {
      return NONE;
    }
    return range(from, end);
  }

  /** The tag, with tagged names read as proper nouns ("Tad Devine/JJ" is a name). */
  private static String pos(ArticleTokens at, int i) {
    return at.isName(i) && !at.pos(i).equals("POS") ? "NNP" : at.pos(i);
  }

  private static boolean joins(ArticleTokens at, int k, int lower) {
    String w = at.word(k).toLowerCase(Locale.ROOT);
    if (!JOINING.contains(w) || k - 1 < lower) {
      return false;
    }
    String before = pos(at, k - 1);
    if (w.equals("of")) {
      return isNominal(before);
    }
    // "a spokesman for the campaign", "officials in the region": a common noun before.
    return before.equals("NN") || before.equals("NNS");
  }

  private static boolean isRelativePronoun(ArticleTokens at, int i) {
    String w = at.word(i).toLowerCase(Locale.ROOT);
    return w.equals("who") || w.equals("which") || (w.equals("that") && at.pos(i).equals("WDT"));
  }

  private static boolean isNominal(String pos) {
    return pos.startsWith("NN") || pos.equals("PRP") || pos.equals("CD");
  }

  private static boolean isNominalOrAdj(String pos) {
    return isNominal(pos) || pos.startsWith("JJ");
  }

  private static boolean isModifier(String pos) {
    return pos.equals("DT") || pos.startsWith("JJ") || pos.equals("PRP$") || pos.equals("POS") || pos.equals("HYPH")
        || pos.equals("NNP") || pos.equals("CD") || pos.equals("PDT");
  }

  /** The last token of a phrase must be a noun, a pronoun or a number ("the 25-year-old"). */
  private static boolean isHeadToken(ArticleTokens at, int i) {
    String pos = pos(at, i);
    if (pos.equals("PRP")) {
      String w = at.word(i).toLowerCase(Locale.ROOT);
      // Object pronouns do not speak: "told him", "asked them".
      return !(w.equals("him") || w.equals("them") || w.equals("me") || w.equals("us") || w.equals("her")
          || w.endsWith("self") || w.endsWith("selves"));
    }
    if (pos.equals("DT") || pos.equals("JJ")) {
      // "Some chanted", "tweeted another", "the 25-year-old said"
      String w = at.word(i).toLowerCase(Locale.ROOT);
      return STANDALONE_DETERMINERS.contains(w) && (i + 1 >= at.size() || !pos(at, i + 1).startsWith("NN")
          && !pos(at, i + 1).startsWith("JJ")) || w.contains("-year-old");
    }
    return pos.startsWith("NN") || pos.equals("CD");
  }

  private static boolean hasHead(ArticleTokens at, int first, int end) {
    for (int i = first; i < end; i++) {
      if (isHeadToken(at, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsPhrase(ArticleTokens at, int i) {
    String pos = pos(at, i);
    return isNominal(pos) || pos.equals("DT") || pos.startsWith("JJ") || pos.equals("PRP$") || pos.equals("PDT")
        || (pos.equals("NNP"));
  }
}
