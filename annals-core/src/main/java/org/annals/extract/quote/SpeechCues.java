package org.annals.extract.quote;

import java.util.Locale;
import java.util.Set;

/**
 * The words that report speech: verbs of saying ("said", "told", "added", "warned", "tweeted")
 * and "according to". A verb counts by its lemma, so every tense does.
 */
final class SpeechCues {

  /** Lemmas of verbs that introduce or tag a quote. */
  static final Set<String> VERBS = Set.of(
      "say", "tell", "add", "ask", "stress", "note", "write", "warn", "insist", "explain", "claim", "declare",
      "reply", "respond", "tweet", "continue", "argue", "recall", "complain", "announce", "state", "shout",
      "chant", "joke", "quip", "remark", "observe", "admit", "acknowledge", "concede", "suggest", "predict",
      "promise", "vow", "pledge", "urge", "conclude", "testify", "boast", "brag", "contend", "counter", "scoff",
      "yell", "scream", "whisper", "muse", "opine", "emphasize", "emphasise", "repeat", "reiterate", "confirm",
      "deny", "allege", "assert", "maintain", "mention", "describe", "call", "charge", "retort", "wonder",
      "exclaim", "proclaim", "recount", "report", "post", "thunder", "boom", "lament", "caution", "cite",
      "quote", "read", "interject", "chime", "sing", "plead", "demand", "order", "instruct", "advise", "reason",
      "tout", "snap", "shoot", "fire", "laugh", "cry", "sigh", "smile", "rail", "dub", "label", "brand", "term",
      "hail", "blast", "slam", "mock", "accuse", "criticize", "praise", "speculate", "theorize", "guess",
      "reveal", "disclose", "inform", "assure", "point", "put", "go", "pronounce", "decry", "question",
      "answer", "begin", "open", "close", "summarize", "elaborate", "clarify", "interrupt", "email", "text",
      "message", "preach", "lecture", "estimate", "stipulate", "comment", "scold", "attack", "recommend",
      "beg", "grumble", "gush", "marvel", "echo", "bark", "agree", "exhort", "cut");

  /** Lemmas that are cues only with a particle or object: "pointed out", "went on", "put it". */
  private static final Set<String> NEED_PARTICLE = Set.of("point", "go", "put", "chime", "open", "close", "begin",
      "fire", "shoot", "snap", "cut");

  /** Forms a tagger sometimes misses as verbs. */
  private static final Set<String> FORMS = Set.of("said", "says", "told", "added", "asked", "wrote", "tweeted");

  private SpeechCues() {}

  /**
   * The end (exclusive token index) of a speech cue starting at token {@code i}, or -1 where
   * none starts there.
   */
  static int cueAt(ArticleTokens at, int i) {
    if (i < 0 || i >= at.size()) {
      return -1;
    }
    String word = at.word(i).toLowerCase(Locale.ROOT);
    if (word.equals("according") && i + 1 < at.size() && at.word(i + 1).equalsIgnoreCase("to")) {
      return i + 2;
    }
    String lemma = at.lemma(i);
    if (FORMS.contains(word)) {
      // Sentence-initial "Said Ellis:" is easily tagged as a name.
      return i + 1;
    }
    if (!VERBS.contains(lemma) || !at.pos(i).startsWith("VB")) {
      return -1;
    }
    if (NEED_PARTICLE.contains(lemma)) {
      String next = i + 1 < at.size() ? at.word(i + 1).toLowerCase(Locale.ROOT) : "";
      boolean ok = switch (lemma) {
        case "point" -> next.equals("out");
        case "go" -> next.equals("on");
        case "put" -> next.equals("it");
        case "chime", "cut" -> next.equals("in");
        case "fire", "shoot", "snap" -> next.equals("back");
        case "open", "close", "begin" -> next.equals("with") || next.equals("by");
        default -> false;
      };
      return ok ? i + 2 : -1;
    }
    return i + 1;
  }

  static boolean isCue(ArticleTokens at, int i) {
    return cueAt(at, i) > 0;
  }

  /** A finite verb: the head of a clause of its own. */
  static boolean isFiniteVerb(ArticleTokens at, int i) {
    String pos = at.pos(i);
    return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
  }

  /** Words that may sit between a subject and its verb of saying: "also", "later", "has", "would". */
  static boolean isAdverbOrAuxiliary(ArticleTokens at, int i) {
    String pos = at.pos(i);
    if (pos.startsWith("RB") || pos.equals("MD")) {
      return !at.word(i).equalsIgnoreCase("not") && !at.word(i).equalsIgnoreCase("n't")
          && !at.word(i).equalsIgnoreCase("never");
    }
    String lemma = at.lemma(i);
    return pos.startsWith("VB") && (lemma.equals("have") || lemma.equals("be") || lemma.equals("do"))
        && i + 1 < at.size() && (at.pos(i + 1).startsWith("VB") || at.pos(i + 1).startsWith("RB"));
  }
}
